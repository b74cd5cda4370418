using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Leaders' visits as summits: the host comes from catalog roles on the article's day; non-leaders' trips are not summits.</summary>
public sealed class SummitVisitTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.FromEmbeddedReference();

    internal static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("Summit diplomacy", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), "en"), Catalog, true).Summits;

    [Fact]
    public void A_multi_day_visit_is_a_planned_summit_from_its_first_day()
    {
        var s = Assert.Single(Summits("President Moon Jae-in will visit Pyongyang from Sept. 18 to 20 for his third summit with North Korean leader Kim Jong-un, his security adviser said.", new DateOnly(2018, 9, 6)));
        Assert.Equal((SummitStatus.Planned, "2018-09-18", "2018-09-20", "Pyongyang, North Korea"), (s.Status, s.Start?.ToIsoString(), s.End?.ToIsoString(), s.Location));
        Assert.Equal(["kp-kim-jong-un", "kr-moon-jae-in"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void The_host_of_a_visit_is_the_leader_of_the_place_on_that_day()
    {
        // The host must be named somewhere in the article (a summit's parties are people it names): here only as "Yoon's office".
        var s = Assert.Single(Summits("Japanese Prime Minister Fumio Kishida will make a two-day visit to Seoul from Sunday, President Yoon Suk Yeol's office said.", new DateOnly(2023, 5, 1)));
        Assert.Equal((SummitStatus.Planned, "2023-05-07"), (s.Status, s.Start?.ToIsoString()));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol"], s.ParticipantKeys.Order());
        var earlier = Assert.Single(Summits("Japanese Prime Minister Shinzo Abe will make a two-day visit to Seoul from Sunday, President Moon Jae-in's office said.", new DateOnly(2018, 5, 1)));
        Assert.Empty(Summits("Japanese Prime Minister Shinzo Abe will make a two-day visit to Seoul from Sunday, officials said.", new DateOnly(2018, 5, 1))); // an unnamed host is not guessed
        Assert.Contains("kr-moon-jae-in", earlier.ParticipantKeys);
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un's planned visit to Seoul is likely to be pushed back to next year, President Moon Jae-in's office said.", SummitStatus.Postponed)]
    [InlineData("North Korean leader Kim Jong-un's planned visit to Seoul was called off after the North cut the hotline, President Moon Jae-in's office said.", SummitStatus.Cancelled)]
    [InlineData("North Korean leader Kim Jong-un's planned visit to Seoul was put off until the spring, President Moon Jae-in's office said.", SummitStatus.Postponed)]
    [InlineData("Chinese President Xi Jinping accepted an invitation from North Korean leader Kim Jong-un to visit North Korea, state media said.", SummitStatus.Planned)]
    [InlineData("North Korean leader Kim Jong-un invited Chinese President Xi Jinping to visit Pyongyang at a convenient time.", SummitStatus.Proposed)]
    public void Visit_status_words(string text, SummitStatus expected)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2018, 12, 18)));
        Assert.Equal(expected, s.Status);
        Assert.Equal(2, s.ParticipantKeys.Count);
    }

    [Theory]
    [InlineData("Secretary of State Mike Pompeo will visit Pyongyang next week to prepare the ground for talks.")]
    [InlineData("Kim Jong-un said he regretted that he could not visit Seoul last year as he had promised.")]
    [InlineData("President Moon Jae-in's daughter will visit Tokyo next month for a study trip.")]
    public void Trips_that_are_not_summits(string text) => Assert.Empty(Summits(text, new DateOnly(2019, 1, 10)));

    [Fact]
    public void Leaders_named_by_role_take_part()
    {
        var s = Assert.Single(Summits("The summit between the South Korean president and the Japanese prime minister will be held in Tokyo on Friday.", new DateOnly(2023, 3, 13)));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol"], s.ParticipantKeys.Order());
        Assert.Equal(("2023-03-17", "Tokyo, Japan"), (s.Start?.ToIsoString(), s.Location));
    }

    [Fact]
    public void Talks_with_a_leader_are_between_the_subject_and_that_leader_not_everyone_named()
    {
        var summits = Summits("North Korean leader Kim Jong-un held talks with Chinese President Xi Jinping in Beijing on Tuesday, as preparations gather pace for a second summit with U.S. President Donald Trump.", new DateOnly(2019, 1, 8));
        var beijing = Assert.Single(summits, s => s.Location == "Beijing, China");
        Assert.Equal(["cn-xi-jinping", "kp-kim-jong-un"], beijing.ParticipantKeys.Order());
        Assert.Equal(("2019-01-08", SummitStatus.Held), (beijing.Start?.ToIsoString(), beijing.Status));
        Assert.DoesNotContain(summits, s => s.ParticipantKeys.Count > 2);
    }

    [Fact]
    public void The_dateline_date_dates_the_report_not_the_summit()
    {
        var s = Assert.Single(Summits("SEOUL, Sept. 6 (Yonhap) -- President Moon Jae-in will visit Pyongyang for a summit with Kim Jong-un, officials said.", new DateOnly(2018, 9, 6)));
        Assert.Null(s.Start);
        Assert.Equal(SummitStatus.Planned, s.Status);
    }

    [Theory]
    [InlineData("Lee Jae Myung will attend the Group of Seven summit in Kananaskis next week.", "G7 summit", "Kananaskis, Canada")]
    [InlineData("Joe Biden will attend a summit of the Quad in Tokyo on May 24.", "Quad summit", "Tokyo, Japan", "2022-05-20")]
    public void Multilateral_summits_written_out(string text, string title, string place, string published = "2025-06-09")
    {
        // Biden's Quad summit in Tokyo was on 24 May 2022: reported the week before, it is planned.
        var s = Assert.Single(Summits(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)), x => x.Title == title);
        Assert.Equal((place, SummitStatus.Planned), (s.Location, s.Status));
        Assert.Empty(s.ParticipantKeys);
    }
}
