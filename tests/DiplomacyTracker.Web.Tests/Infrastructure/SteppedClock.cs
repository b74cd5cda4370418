namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>The system clock plus an offset a test moves forward with <see cref="Advance"/>: "two seconds later"
/// without waiting two seconds. Timers still run on real time.</summary>
public sealed class SteppedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
