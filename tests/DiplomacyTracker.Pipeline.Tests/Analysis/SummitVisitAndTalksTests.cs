using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A visit and talks reported in one sentence: whose day, whose partner, which words date the report instead.</summary>
public sealed class SummitVisitAndTalksTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Fact]
    public void Talks_dated_in_the_visit_sentence_beat_the_arrival_day()
    {
        var s = Assert.Single(Summits("Chinese President Xi Jinping, who arrived on Thursday for a state visit, will hold a summit with President Lee Jae Myung in Gyeongju on Saturday, the presidential office said.", new DateOnly(2025, 10, 30)));
        Assert.Equal(("2025-11-01", SummitStatus.Planned), (s.Start?.ToIsoString(), s.Status));
        Assert.Equal(["cn-xi-jinping", "kr-lee-jae-myung"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void A_visit_dated_by_a_range_keeps_its_first_day()
    {
        var s = Assert.Single(Summits("North Korean leader Kim Jong-un paid an unofficial visit to Beijing from Sunday to Wednesday and held talks with Chinese President Xi Jinping, state media confirmed Wednesday.", new DateOnly(2018, 3, 28)));
        Assert.Equal(("2018-03-25", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
    }

    [Fact]
    public void Talks_with_someone_else_than_the_host_take_the_visit_days()
    {
        var s = Assert.Single(Summits("U.S. President Joe Biden will visit South Korea from May 20 to 22 and hold a summit with President-elect Yoon Suk Yeol, the White House said.", new DateOnly(2022, 4, 27)));
        Assert.Equal(["kr-yoon-suk-yeol", "us-joe-biden"], s.ParticipantKeys.Order());
        Assert.Equal(("2022-05-20", SummitStatus.Planned), (s.Start?.ToIsoString(), s.Status));
        Assert.Contains("South Korea", s.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_is_between_the_visitor_and_the_host()
    {
        var found = Summits("North Korean leader Kim Jong-un held talks with Chinese President Xi Jinping in Beijing on Tuesday, his fourth trip to China in less than a year, as preparations gather pace for a second summit with U.S. President Donald Trump.", new DateOnly(2019, 1, 8));
        var beijing = Assert.Single(found, f => f.Start?.ToIsoString() == "2019-01-08");
        Assert.Equal(["cn-xi-jinping", "kp-kim-jong-un"], beijing.ParticipantKeys.Order());
    }

    [Fact]
    public void A_day_after_a_reporting_verb_dates_the_report_not_the_summit()
    {
        var s = Assert.Single(Summits("President Moon Jae-in will hold a summit with Chinese President Xi Jinping in Beijing next month, Cheong Wa Dae confirmed Wednesday.", new DateOnly(2019, 11, 20)));
        Assert.NotEqual("2019-11-20", s.Start?.ToIsoString());
        var own = Assert.Single(Summits("President Moon Jae-in will hold a summit with Chinese President Xi Jinping in Beijing on Monday, Cheong Wa Dae said.", new DateOnly(2019, 12, 18)));
        Assert.Equal("2019-12-23", own.Start?.ToIsoString()); // a day of its own still dates the summit
    }
}

/// <summary>Talks held with words between ("held more than two hours of talks") and invitations accepted later in the sentence.</summary>
public sealed class SummitTalksAndAcceptanceTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("North Korean leader Kim Jong-un and Russian President Vladimir Putin held more than two hours of talks in Beijing on Wednesday.")]
    [InlineData("North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first face-to-face talks in Beijing on Wednesday.")]
    public void Talks_held_with_words_between_are_a_summit(string text)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2025, 9, 4)));
        Assert.Equal(("2025-09-03", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
    }

    [Fact]
    public void Talks_after_another_clause_are_not_held_by_its_verb()
    {
        Assert.Empty(Summits("North Korean leader Kim Jong-un held a military parade in Pyongyang on Wednesday and said further talks were pointless.", new DateOnly(2025, 9, 4)));
    }

    [Fact]
    public void An_invitation_accepted_later_in_the_sentence_is_planned()
    {
        var s = Assert.Single(Summits("KCNA said Kim Jong-un had invited Russian President Vladimir Putin to visit North Korea at a convenient time and that Putin had accepted the invitation with pleasure.", new DateOnly(2023, 9, 13)));
        Assert.Equal(SummitStatus.Planned, s.Status);
        var open = Assert.Single(Summits("KCNA said Kim Jong-un had invited Russian President Vladimir Putin to visit North Korea at a convenient time, and Putin accepted a gift of a rifle.", new DateOnly(2023, 9, 13)));
        Assert.Equal(SummitStatus.Proposed, open.Status); // accepting something else is not accepting the invitation
    }
}
