using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Meetings that must stay apart: a pair beside a trio on the same day, and an earlier meeting recalled with "since".</summary>
public sealed class SummitSeparateMeetingsTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    private const string Trilateral = "PHNOM PENH, Nov. 13 (Yonhap) -- President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida held a trilateral summit on Sunday.";

    [Fact]
    public void A_bilateral_on_the_day_of_a_trilateral_is_its_own_summit()
    {
        var summits = Summits(Trilateral + "\n\nYoon also held a summit with Kishida on Sunday.", new DateOnly(2022, 11, 13));
        Assert.Equal(2, summits.Count);
        Assert.Single(summits, s => s.ParticipantKeys.Count == 3);
        var pair = Assert.Single(summits, s => s.ParticipantKeys.Count == 2);
        Assert.Equal(("2022-11-13", SummitStatus.Held), (pair.Start?.ToIsoString(), pair.Status)); // "also held" is past
    }

    [Fact]
    public void A_meeting_recalled_with_since_is_an_earlier_held_meeting()
    {
        var summits = Summits(Trilateral + "\n\nYoon also held a summit with Kishida on Sunday, their first formal talks since a 30-minute meeting in New York in September.", new DateOnly(2022, 11, 13));
        Assert.Equal(3, summits.Count);
        var earlier = Assert.Single(summits, s => s.Location?.StartsWith("New York", StringComparison.Ordinal) == true);
        Assert.Equal((2, SummitStatus.Held), (earlier.ParticipantKeys.Count, earlier.Status));
        Assert.Single(summits, s => s.ParticipantKeys.Count == 2 && s.Start?.ToIsoString() == "2022-11-13");
    }

    [Fact]
    public void One_sentence_naming_one_pair_in_two_places_reports_two_meetings()
    {
        var summits = Summits("Kim Jong-un, who held a summit with Moon Jae-in in Pyongyang in September, will visit Seoul next month.", new DateOnly(2018, 12, 18));
        Assert.Equal(2, summits.Count);
        Assert.Equal(SummitStatus.Held, Assert.Single(summits, s => s.Location!.StartsWith("Pyongyang", StringComparison.Ordinal)).Status);
        Assert.Equal(SummitStatus.Planned, Assert.Single(summits, s => s.Location!.StartsWith("Seoul", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void Since_a_year_before_a_later_verb_does_not_split_the_visit()
    {
        var summits = Summits("BEIJING, June 20 (AP) -- Chinese President Xi Jinping arrived in Pyongyang on Thursday for a two-day state visit, the first by a Chinese leader to North Korea since 2005, and held talks with leader Kim Jong-un.", new DateOnly(2019, 6, 20));
        var s = Assert.Single(summits);
        Assert.Equal("2019-06-20", s.Start?.ToIsoString());
    }
}
