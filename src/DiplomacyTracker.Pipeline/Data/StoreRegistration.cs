using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Data;

/// <summary>Registers the SQLite store the same way for the web app, the CLI and the tests.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddTrackerStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DataPaths.ConnectionString(configuration);
        // Pooled: options built once and contexts reused, not set up per request (building the options and the context's
        // services was a seventh of an uncached page's CPU in a profile, docs/performance.md). Whatever configures the
        // options (interceptors) must be a singleton; the context must keep no state of its own.
        services.AddDbContextPool<TrackerDbContext>(options => Configure(options, connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmas())
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
