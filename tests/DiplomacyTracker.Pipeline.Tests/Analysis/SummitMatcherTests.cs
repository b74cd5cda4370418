using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class SummitMatcherTests
{
    private static FuzzyDate Day(int y, int m, int d) => FuzzyDate.FromDay(new DateOnly(y, m, d), FuzzyDate.Seoul);

    private static readonly KnownSummit Singapore = new(1, "Singapore summit", Day(2018, 6, 12), Day(2018, 6, 12), "Sentosa Island, Singapore", SummitStatus.Held, ["us-donald-trump", "kp-kim-jong-un"]);
    private static readonly KnownSummit Hanoi = new(2, "Hanoi summit", Day(2019, 2, 27), Day(2019, 2, 28), "Hanoi, Vietnam", SummitStatus.Held, ["us-donald-trump", "kp-kim-jong-un"]);

    private static FoundSummit Found(FuzzyDate? start, string? location, params string[] participants) =>
        new("x", start, start, location, SummitStatus.Held, null, participants, "", 0, 0);

    [Fact]
    public void Same_participants_and_overlapping_dates_match()
    {
        Assert.Equal(2, SummitMatcher.FindMatch(Found(FuzzyDate.FromYear(2019, FuzzyDate.Seoul), "Hanoi", "kp-kim-jong-un", "us-donald-trump"), [Singapore, Hanoi])?.Id);
        Assert.Equal(1, SummitMatcher.FindMatch(Found(Day(2018, 6, 12), "Singapore"), [Singapore, Hanoi])?.Id);
    }

    [Fact]
    public void Different_dates_people_or_places_do_not_match()
    {
        Assert.Null(SummitMatcher.FindMatch(Found(Day(2019, 6, 30), null, "kp-kim-jong-un", "us-donald-trump"), [Singapore, Hanoi]));
        Assert.Null(SummitMatcher.FindMatch(Found(Day(2019, 2, 27), "Hanoi", "kr-lee-jae-myung", "us-joe-biden"), [Hanoi]));
        Assert.Null(SummitMatcher.FindMatch(Found(Day(2019, 2, 27), "Singapore", "kp-kim-jong-un", "us-donald-trump"), [Hanoi]));
    }

    [Fact]
    public void An_undated_proposal_does_not_swallow_a_dated_summit_without_a_shared_place_or_title()
    {
        Assert.Null(SummitMatcher.FindMatch(Found(null, null, "kp-kim-jong-un", "us-donald-trump"), [Singapore, Hanoi]));
        Assert.Equal(2, SummitMatcher.FindMatch(Found(null, "Hanoi", "kp-kim-jong-un", "us-donald-trump"), [Singapore, Hanoi])?.Id);
    }

    [Fact]
    public void The_newer_report_wins_even_over_held()
    {
        var early = Day(2025, 10, 1);
        var late = Day(2025, 11, 2);
        Assert.Equal(SummitStatus.Held, SummitMatcher.MergeStatus(SummitStatus.Planned, early, SummitStatus.Held, late));
        Assert.Equal(SummitStatus.Held, SummitMatcher.MergeStatus(SummitStatus.Held, late, SummitStatus.Planned, early));
        // A first "held" that a newer report contradicts was wrong: it does not freeze the summit.
        Assert.Equal(SummitStatus.Proposed, SummitMatcher.MergeStatus(SummitStatus.Held, early, SummitStatus.Proposed, late));
        Assert.Equal(SummitStatus.Postponed, SummitMatcher.MergeStatus(SummitStatus.Planned, early, SummitStatus.Postponed, late));
        Assert.Equal(SummitStatus.Planned, SummitMatcher.MergeStatus(SummitStatus.Postponed, early, SummitStatus.Planned, late));
        Assert.Equal(SummitStatus.Postponed, SummitMatcher.MergeStatus(SummitStatus.Postponed, late, SummitStatus.Planned, early));
        Assert.Equal(SummitStatus.Planned, SummitMatcher.MergeStatus(SummitStatus.Proposed, null, SummitStatus.Planned, null));
    }
}
