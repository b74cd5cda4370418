namespace DiplomacyTracker.Tests.Scraping;

/// <summary>
/// A fake clock. With <see cref="AutoAdvance"/> (the default) every timer fires at once and moves the clock to its
/// due time, so code that waits (backoff, Retry-After, Crawl-delay) runs instantly while the elapsed time stays
/// observable. Without it, time moves only through <see cref="Advance"/>.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider() : this(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)) { }

    public bool AutoAdvance { get; set; } = true;

    /// <summary>Every wait requested through a timer, in order (what Polly, the throttle and Task.Delay asked for).</summary>
    public List<TimeSpan> Waits { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (_lock)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
            foreach (var t in due) _timers.Remove(t);
        }
        foreach (var t in due) t.Fire();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan) return;
            Waits.Add(dueTime);
            if (AutoAdvance)
            {
                var dueAt = _now + dueTime;
                if (dueAt > _now) _now = dueAt;
            }
            else
            {
                timer.DueAt = _now + dueTime;
                _timers.Add(timer);
                return;
            }
        }
        ThreadPool.QueueUserWorkItem(_ => timer.Fire());
    }

    private void Remove(FakeTimer timer)
    {
        lock (_lock) _timers.Remove(timer);
    }

    private sealed class FakeTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed) return false;
            owner.Schedule(this, dueTime); // periodic timers fire once here: nothing in the scraper uses a period
            return true;
        }

        public void Fire()
        {
            if (!_disposed) callback(state);
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
