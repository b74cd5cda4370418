using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Intake;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The web app's services: Razor Pages, request limits, editor sign-in (Identity core + a cookie checked on every
/// request), data protection keys (folder or store), search.</summary>
public static class WebRegistration
{
    public static IServiceCollection AddTrackerWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages().AddMvcOptions(o => o.Filters.Add<SimultaneousWriteFilter>());
        services.AddRequestConcurrency(configuration);
        services.AddRequestBodyEdge(configuration);
        services.AddProxyAddresses(configuration);
        services.AddMemoryCache();
        services.AddReadingPageCache();
        // Sign-in cookies and forms are protected with these keys. On SQLite (one machine) they stay in the data folder
        // as before; on PostgreSQL they live in the store, so every instance behind a proxy reads the same key ring.
        var dataProtection = services.AddDataProtection().SetApplicationName("DiplomacyTracker");
        if (StoreSettings.Read(configuration).IsSqlite)
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(DataPaths.KeysDirectory(configuration)));
        else
            dataProtection.PersistKeysToDbContext<TrackerDbContext>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<Editor>(options =>
            {
                options.Password.RequiredLength = EditorAccounts.MinimumPasswordLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                // No account lockout: anyone could lock an editor out by guessing. SignInThrottle limits guesses instead.
                options.Lockout.AllowedForNewUsers = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddSignInManager();
        services.AddEditorSessions(configuration);
        services.Configure<SignInLimitOptions>(configuration.GetSection(RequestConcurrency.Section + ":SignIn"));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<KnownBrowsers>();
        services.AddAuthorization();
        services.AddAntiforgery(options => options.Cookie.Name = "dt.antiforgery");

        services.AddSingleton<Pages.TimelineOverview>();
        services.AddSingleton<ReadingSnapshot>();
        services.AddSingleton<Pages.SummitCatalog>();
        services.AddSingleton<IStoreSnapshot>(sp => sp.GetRequiredService<ReadingSnapshot>());
        services.AddSingleton<IStoreSnapshot>(sp => sp.GetRequiredService<Pages.SummitCatalog>());
        services.AddScoped<EditorAccounts>();
        services.AddScoped<StatementSearch>();
        services.AddScoped<Api.StatementFinder>();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DiplomacyTracker API";
            document.Info.Description = "Read-only JSON: actors, statements (the search page's search), summits with evidence, articles. See docs/api.md.";
            return Task.CompletedTask;
        }));
        services.AddScoped<SpeakerLookup>();
        services.AddScoped<EditLog>();
        services.AddScoped<Pages.Actors.ActorMerges>();
        services.AddScoped<IArticleSubmitter, IntakeArticleSubmitter>();
        services.AddScoped<GuardedArticleFetcher>();
        services.AddSingleton<PreviewedPages>();
        services.AddScoped<IArticleFetcher, PreviewedArticleFetcher>();
        return services;
    }

    /// <summary>Migrates and seeds the reference data before the first request (schema created on first start).</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
