using DiplomacyTracker.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Short-lived output cache for anonymous reads of the timeline and statement search (the pages readers hammer).
/// Signed-in editors are never served from it (they see edit links; the default policy skips authenticated requests
/// and responses that set cookies). A page is stored on its second request within <see cref="Duration"/>
/// (<see cref="StoreOnSecondRequest"/>): distinct requests are not copied into it. Every SaveChanges in this process and every write request evicts it, so a change
/// made here shows at once; a change made by another instance or the CLI within <see cref="StoreChangeWatch.CheckEvery"/>,
/// at most <see cref="Duration"/>.
/// </summary>
public static class ReadingPageCache
{
    public const string Tag = "reading-pages";
    public const string PolicyName = "reading-page";
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddReadingPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 16 * 1024 * 1024; // a few hundred pages: the hot ones; a crawl of distinct URLs cannot grow it further
            options.AddPolicy(PolicyName, policy => policy.Expire(Duration).Tag(Tag).AddPolicy<SkipWithTempData>().AddPolicy<StoreOnSecondRequest>());
        });
        services.AddSingleton<StoreOnSecondRequest.RecentUrls>();
        services.AddSingleton<ReadingCaches>();
        services.AddSingleton<StoreChangeWatch>();
        services.AddSingleton<EvictOnSave>();
        services.AddSingleton<EvictOnCommit>();
        services.ConfigureDbContext<TrackerDbContext>((sp, options) =>
            options.AddInterceptors(sp.GetRequiredService<EvictOnSave>(), sp.GetRequiredService<EvictOnCommit>()));
        return services;
    }

    /// <summary>
    /// Before a read, what another instance saved is noticed (<see cref="StoreChangeWatch"/>, at most every 2 s); after a
    /// write request (anything but GET/HEAD) the cached pages go, whatever the write touched.
    /// </summary>
    public static WebApplication UseReadingPageCache(this WebApplication app)
    {
        var watch = app.Services.GetRequiredService<StoreChangeWatch>();
        app.Use(async (context, next) =>
        {
            await watch.CheckAsync();
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                await context.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, default);
        });
        app.UseOutputCache();
        return app;
    }

    /// <summary>A request carrying a TempData message ("Statement saved.") must render it: neither served from nor stored in the cache.</summary>
    public sealed class SkipWithTempData : IOutputCachePolicy
    {
        public const string CookiePrefix = ".AspNetCore.Mvc.CookieTempDataProvider";

        public static bool Carries(HttpRequest request) => request.Cookies.Keys.Any(k => k.StartsWith(CookiePrefix, StringComparison.Ordinal));

        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (Carries(context.HttpContext.Request))
            {
                context.AllowCacheLookup = false;
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    /// <summary>Drops the reading caches (pages, the timeline's counts, the store snapshots) after every successful SaveChanges (web forms, the in-process scraper, seeding).</summary>
    public sealed class EvictOnSave(ReadingCaches caches) : SaveChangesInterceptor
    {
        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            caches.Drop();
            return result;
        }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            await caches.DropAsync(cancellationToken);
            return result;
        }
    }

    /// <summary>
    /// The same after a transaction commits: a save inside a transaction (the article store) is only visible from
    /// here, and a page or count taken between its SaveChanges and its commit would otherwise be kept.
    /// </summary>
    public sealed class EvictOnCommit(ReadingCaches caches) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => caches.Drop();

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
            caches.DropAsync(cancellationToken).AsTask();
    }
}
