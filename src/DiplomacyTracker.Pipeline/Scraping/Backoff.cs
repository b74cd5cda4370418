namespace DiplomacyTracker.Scraping;

/// <summary>When to try again after failures: exponential in the number of failures, capped, with a little jitter so retries spread out.</summary>
public static class Backoff
{
    /// <summary>A failing source: its interval × 2^(failures−1), at most <paramref name="cap"/>.</summary>
    public static TimeSpan ForSource(int intervalMinutes, int consecutiveFailures, TimeSpan cap) =>
        Exponential(TimeSpan.FromMinutes(Math.Max(1, intervalMinutes)), consecutiveFailures, cap);

    /// <summary>A failed item: 10 minutes × 2^(attempts−1), at most <paramref name="cap"/>.</summary>
    public static TimeSpan ForItem(int attempts, TimeSpan cap) => Exponential(TimeSpan.FromMinutes(10), attempts, cap);

    private static TimeSpan Exponential(TimeSpan first, int failures, TimeSpan cap)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var delay = first * Math.Pow(2, exponent);
        if (delay > cap) delay = cap;
        return delay + delay * (Random.Shared.NextDouble() * 0.1); // up to +10 % jitter
    }
}
