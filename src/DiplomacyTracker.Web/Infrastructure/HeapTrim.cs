using System.Runtime;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// After requests that brought large bodies (pasted articles of megabytes), the memory they took is handed back to the
/// system once they are over: <see cref="Quiet"/> after the last of them, the large-object heap is compacted and free
/// memory decommitted (one blocking collection, off the request path). Without it the process kept ~480 MB resident
/// after a few large pastes. <c>Web:TrimHeapAfterLargeBodies=false</c> turns it off (bench/web/paste-memory.sh compares).
/// </summary>
public sealed class HeapTrim(TimeProvider clock, IConfiguration configuration) : IDisposable
{
    public const long LargeBody = 1024 * 1024;
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    private readonly bool _enabled = configuration.GetValue($"{RequestConcurrency.Section}:TrimHeapAfterLargeBodies", true);
    private readonly object _lock = new();
    private ITimer? _timer;

    /// <summary>Once <paramref name="context"/>'s response has completed, (re)starts the quiet period before the trim.</summary>
    public void After(HttpContext context)
    {
        if (!_enabled) return;
        context.Response.OnCompleted(() =>
        {
            lock (_lock)
            {
                _timer ??= clock.CreateTimer(static _ => Trim(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
            return Task.CompletedTask;
        });
    }

    private static void Trim()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public void Dispose() => _timer?.Dispose();
}
