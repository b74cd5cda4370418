using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Politeness per host: at most <see cref="ScraperOptions.PerHostConcurrency"/> requests in flight and request
/// starts spaced by <see cref="ScraperOptions.PerHostDelayMs"/> (or the site's Crawl-delay when larger).
/// Waiting uses the injected <see cref="TimeProvider"/>, so tests observe delays without sleeping.
/// </summary>
public sealed class HostThrottle(IOptions<ScraperOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot and the host's next start time; dispose the result when the request is done.</summary>
    public async Task<IDisposable> AcquireAsync(string host, TimeSpan? crawlDelay, CancellationToken ct)
    {
        var o = options.Value;
        var gate = _gates.GetOrAdd(host, _ => new Gate(Math.Max(1, o.PerHostConcurrency)));
        await gate.Slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var spacing = TimeSpan.FromMilliseconds(Math.Max(0, o.PerHostDelayMs));
            if (crawlDelay is { } delay)
            {
                var capped = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds, o.MaxCrawlDelaySeconds));
                if (capped > spacing) spacing = capped;
            }
            DateTimeOffset start;
            var now = clock.GetUtcNow();
            lock (gate)
            {
                start = gate.NextStart > now ? gate.NextStart : now;
                gate.NextStart = start + spacing;
            }
            var wait = start - now;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct).ConfigureAwait(false);
            return new Release(gate);
        }
        catch
        {
            gate.Slots.Release();
            throw;
        }
    }

    private sealed class Gate(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots, slots);
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(Gate gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Slots.Release();
        }
    }
}
