using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A summit's status derived again from its evidence: newest report wins, held stays held, curated summits start from their reference status.</summary>
public sealed class SummitStatusResolverTests
{
    private static readonly DateTime Aug = new(2025, 8, 30, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Sep = new(2025, 9, 12, 5, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Oct = new(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_newest_report_wins_whatever_order_the_rows_come_in()
    {
        Assert.Equal(SummitStatus.Postponed, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Postponed, Oct), new SummitReport(SummitStatus.Proposed, Aug), new SummitReport(SummitStatus.Planned, Sep)]));
        Assert.Equal(SummitStatus.Planned, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Planned, Sep), new SummitReport(SummitStatus.Proposed, Aug)]));
    }

    [Fact]
    public void A_held_summit_stays_held_against_later_talk_of_plans()
    {
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Held, Sep), new SummitReport(SummitStatus.Planned, Oct)]));
    }

    [Fact]
    public void Removing_the_report_that_set_the_status_gives_the_one_before_it()
    {
        var all = new List<SummitReport> { new(SummitStatus.Planned, Aug), new(SummitStatus.Held, Sep) };
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(null, all));
        Assert.Equal(SummitStatus.Planned, SummitStatusResolver.Resolve(null, all.Take(1)));
    }

    [Fact]
    public void Nothing_to_derive_from_is_null_and_a_curated_summit_keeps_its_reference_status()
    {
        Assert.Null(SummitStatusResolver.Resolve(null, []));
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.CuratedStatus("2000-06-13-pyongyang"));
        Assert.Null(SummitStatusResolver.CuratedStatus("no-such-summit"));
        Assert.Null(SummitStatusResolver.CuratedStatus(null));
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(SummitStatus.Held, [new SummitReport(SummitStatus.Proposed, Oct)]));
        Assert.Equal(SummitStatus.Cancelled, SummitStatusResolver.Resolve(SummitStatus.Planned, [new SummitReport(SummitStatus.Cancelled, Oct)]));
    }
}
