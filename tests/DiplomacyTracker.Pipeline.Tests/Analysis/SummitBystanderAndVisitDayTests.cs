using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>People named beside a summit who are not at the table, and which day of a visit the summit is.</summary>
public sealed class SummitBystanderAndVisitDayTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held a summit in Busan on Tuesday, Wi Sung-lac, Lee's national security adviser, told reporters.")]
    [InlineData("President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held a summit in Busan on Tuesday, according to Wi Sung-lac.")]
    public void The_official_reporting_a_summit_is_not_a_participant(string text)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2025, 9, 30)));
        Assert.Equal(["jp-shigeru-ishiba", "kr-lee-jae-myung"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void Someone_recalled_side_by_side_with_a_participant_is_not_at_the_table()
    {
        var s = Assert.Single(Summits("North Korean leader Kim Jong-un, who stood side by side with Russian President Vladimir Putin at the parade, held a summit with Chinese President Xi Jinping in Beijing on Thursday.", new DateOnly(2025, 9, 4)));
        Assert.Equal(["cn-xi-jinping", "kp-kim-jong-un"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void A_pair_named_with_its_reporter_keeps_the_pair()
    {
        var pair = Assert.Single(Summits("Moon Jae-in held a summit with Kim Jong-un at Panmunjom on Saturday, Chung Eui-yong said.", new DateOnly(2018, 5, 27)));
        Assert.Equal(["kp-kim-jong-un", "kr-moon-jae-in"], pair.ParticipantKeys.Order());
        var three = Assert.Single(Summits("Moon Jae-in, Donald Trump and Kim Jong-un met at Panmunjom on Sunday, the first meeting of the three leaders, Chung Eui-yong said.", new DateOnly(2019, 6, 30)));
        Assert.DoesNotContain("kr-chung-eui-yong", three.ParticipantKeys); // the reporter goes, the three leaders stay
    }

    [Fact]
    public void A_visit_ended_on_its_last_day_starts_earlier()
    {
        var s = Assert.Single(Summits("Japanese Prime Minister Fumio Kishida ended a two-day visit to Seoul on Saturday, President Yoon Suk Yeol's office said.", new DateOnly(2024, 9, 7)));
        Assert.Equal(("2024-09-06", "2024-09-07"), (s.Start?.ToIsoString(), s.End?.ToIsoString()));
        var oneDay = Assert.Single(Summits("Japanese Prime Minister Fumio Kishida ended his visit to Seoul on Saturday, President Yoon Suk Yeol's office said.", new DateOnly(2024, 9, 7)));
        Assert.Equal("2024-09-07", oneDay.Start?.ToIsoString()); // no length given: the day stays
    }

    [Fact]
    public void Talks_dated_inside_a_visit_give_the_summit_its_day()
    {
        var found = Summits("President Moon Jae-in arrived in Moscow on Thursday for a three-day state visit. Moon held a summit with Russian President Vladimir Putin at the Kremlin on Friday.", new DateOnly(2018, 6, 22));
        var s = Assert.Single(found);
        Assert.Equal(("2018-06-22", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
        var later = Summits("President Moon Jae-in arrived in Moscow on Thursday for a three-day state visit. Moon will hold a summit with Russian President Vladimir Putin at the Kremlin on June 29.", new DateOnly(2018, 6, 22));
        Assert.Equal(2, later.Count); // talks a week later are another meeting
    }
}
