using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A summit's status derived from its evidence: the newest report by publication date wins (never frozen by a
/// first "held"), undated reports never count as the newest, the history keeps each change, curated "held" is a fact.</summary>
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
    public void A_first_held_is_undone_by_a_newer_report()
    {
        Assert.Equal(SummitStatus.Planned, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Held, Aug), new SummitReport(SummitStatus.Planned, Sep)]));
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Planned, Oct), new SummitReport(SummitStatus.Held, Sep), new SummitReport(SummitStatus.Held, new DateTime(2025, 10, 2, 0, 0, 0, DateTimeKind.Utc))]));
    }

    [Fact]
    public void The_history_keeps_each_change_in_publication_order()
    {
        var steps = SummitStatusResolver.History(null,
            [new SummitReport(SummitStatus.Held, Oct), new SummitReport(SummitStatus.Proposed, Aug), new SummitReport(SummitStatus.Planned, Sep), new SummitReport(SummitStatus.Planned, Sep.AddDays(2))]);
        Assert.Equal([(SummitStatus.Proposed, (DateTime?)Aug), (SummitStatus.Planned, Sep), (SummitStatus.Held, Oct)], steps.Select(s => (s.Status, s.SinceUtc)));
        var cancelled = SummitStatusResolver.History(null, [new SummitReport(SummitStatus.Planned, Aug), new SummitReport(SummitStatus.Cancelled, Sep)]);
        Assert.Equal([SummitStatus.Planned, SummitStatus.Cancelled], cancelled.Select(s => s.Status));
    }

    [Fact]
    public void A_report_with_no_publication_date_never_counts_as_the_newest()
    {
        // Fetched last (its instant is the newest), but its article has no date: the dated reports decide.
        Assert.Equal(SummitStatus.Planned, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Planned, Sep), new SummitReport(SummitStatus.Proposed, Oct, Dated: false)]));
        // Only undated reports: the furthest state among them.
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Held, Aug, Dated: false), new SummitReport(SummitStatus.Planned, Oct, Dated: false)]));
        // Same instant: the furthest state.
        Assert.Equal(SummitStatus.Cancelled, SummitStatusResolver.Resolve(null,
            [new SummitReport(SummitStatus.Cancelled, Sep), new SummitReport(SummitStatus.Planned, Sep)]));
    }

    [Fact]
    public void Removing_the_report_that_set_the_status_gives_the_one_before_it()
    {
        var all = new List<SummitReport> { new(SummitStatus.Planned, Aug), new(SummitStatus.Held, Sep) };
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(null, all));
        Assert.Equal(SummitStatus.Planned, SummitStatusResolver.Resolve(null, all.Take(1)));
    }

    [Fact]
    public void Nothing_to_derive_from_is_null_and_a_curated_held_summit_stays_held()
    {
        Assert.Null(SummitStatusResolver.Resolve(null, []));
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.CuratedStatus("2000-06-13-pyongyang"));
        Assert.Null(SummitStatusResolver.CuratedStatus("no-such-summit"));
        Assert.Null(SummitStatusResolver.CuratedStatus(null));
        // The reference's "held" is a cited fact; any other reference status is where the reports start from.
        Assert.Equal(SummitStatus.Held, SummitStatusResolver.Resolve(SummitStatus.Held, [new SummitReport(SummitStatus.Proposed, Oct)]));
        Assert.Equal(SummitStatus.Cancelled, SummitStatusResolver.Resolve(SummitStatus.Planned, [new SummitReport(SummitStatus.Cancelled, Oct)]));
    }
}
