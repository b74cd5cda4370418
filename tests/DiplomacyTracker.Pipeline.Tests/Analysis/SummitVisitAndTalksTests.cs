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
