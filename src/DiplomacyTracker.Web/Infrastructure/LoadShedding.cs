namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Counts requests turned away because a queue was full (<see cref="RequestConcurrency"/>) and logs one warning per ten
/// seconds with the count, instead of one line per request: a flood must not turn into a flood of log writes.
/// </summary>
public sealed partial class LoadShedding(TimeProvider clock, ILogger<LoadShedding> logger)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);
    private long _count;
    private long _lastReportTicks;

    public long Total => Interlocked.Read(ref _count);

    public void Shed()
    {
        var total = Interlocked.Increment(ref _count);
        var now = clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastReportTicks);
        if (now - last < Every.Ticks || Interlocked.CompareExchange(ref _lastReportTicks, now, last) != last) return;
        LogShedding(logger, total);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Busy: {Total} page requests turned away with 503 since start (queues full)")]
    private static partial void LogShedding(ILogger logger, long total);
}
