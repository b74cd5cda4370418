using Microsoft.AspNetCore.OutputCaching;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// An output-cache doorkeeper: a page is stored only when the same URL was asked for before within
/// <see cref="ReadingPageCache.Duration"/>. Analysts mostly make distinct requests (their own filters and searches);
/// each of those is rendered once, and copying it into the cache was wasted work (the body buffered a second time,
/// an entry allocated and later evicted) that also pushed out the pages readers do repeat. A repeated URL is stored
/// on its second request and served from the cache from its third. Lookups are unchanged.
/// </summary>
public sealed class StoreOnSecondRequest : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheStorage && !context.HttpContext.RequestServices.GetRequiredService<RecentUrls>().SeenBefore(context.HttpContext.Request))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// The URLs asked for lately (one per instance): a fixed table of hash and time per slot, no locks. Two URLs
    /// sharing a slot only make one of them wait a request longer to be stored; a torn read makes one decision either
    /// way, both safe.
    /// </summary>
    public sealed class RecentUrls(TimeProvider clock)
    {
        private const int Slots = 4096;
        private readonly long[] _urls = new long[Slots];
        private readonly long[] _seenAt = new long[Slots];

        /// <summary>Whether this URL was asked for within <see cref="ReadingPageCache.Duration"/>; remembers it when not.</summary>
        public bool SeenBefore(HttpRequest request)
        {
            var url = ((long)string.GetHashCode(request.Path.Value) << 32) | (uint)string.GetHashCode(request.QueryString.Value);
            var slot = (int)((ulong)url % Slots);
            var now = clock.GetUtcNow().UtcTicks;
            if (Volatile.Read(ref _urls[slot]) == url && now - Volatile.Read(ref _seenAt[slot]) < ReadingPageCache.Duration.Ticks) return true;
            Volatile.Write(ref _urls[slot], url);
            Volatile.Write(ref _seenAt[slot], now);
            return false;
        }
    }
}
