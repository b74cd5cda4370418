using DiplomacyTracker.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Short-lived output cache for anonymous reads of the timeline and statement search (the pages readers hammer).
/// Signed-in editors are never served from it (they see edit links; the default policy skips authenticated requests
/// and responses that set cookies). Every SaveChanges in this process and every write request evicts it, so a change
/// made here shows at once; writes from other processes (CLI) show after at most <see cref="Duration"/>.
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
            options.AddPolicy(PolicyName, policy => policy.Expire(Duration).Tag(Tag).AddPolicy<SkipWithTempData>());
        });
        services.AddSingleton<EvictOnSave>();
        services.AddSingleton<EvictOnCommit>();
        services.ConfigureDbContext<TrackerDbContext>((sp, options) =>
            options.AddInterceptors(sp.GetRequiredService<EvictOnSave>(), sp.GetRequiredService<EvictOnCommit>()));
        return services;
    }

    /// <summary>After a write request (anything but GET/HEAD) the cached pages go, whatever the write touched.</summary>
    public static WebApplication UseReadingPageCache(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
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

    /// <summary>Evicts the cached pages (and the timeline's per-year counts, the store snapshots) after every successful SaveChanges (web forms, the in-process scraper, seeding).</summary>
    public sealed class EvictOnSave(IOutputCacheStore store, Pages.TimelineOverview overview, IEnumerable<IStoreSnapshot> snapshots) : SaveChangesInterceptor
    {
        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            store.EvictByTagAsync(Tag, default).AsTask().GetAwaiter().GetResult();
            overview.Invalidate();
            foreach (var s in snapshots) s.Invalidate();
            return result;
        }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
            overview.Invalidate();
            foreach (var s in snapshots) s.Invalidate();
            return result;
        }
    }

    /// <summary>
    /// The same after a transaction commits: a save inside a transaction (the article store) is only visible from
    /// here, and a page or count taken between its SaveChanges and its commit would otherwise be kept.
    /// </summary>
    public sealed class EvictOnCommit(IOutputCacheStore store, Pages.TimelineOverview overview, IEnumerable<IStoreSnapshot> snapshots) : DbTransactionInterceptor
    {
        public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
        {
            store.EvictByTagAsync(Tag, default).AsTask().GetAwaiter().GetResult();
            overview.Invalidate();
            foreach (var s in snapshots) s.Invalidate();
        }

        public override async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
            overview.Invalidate();
            foreach (var s in snapshots) s.Invalidate();
        }
    }
}
