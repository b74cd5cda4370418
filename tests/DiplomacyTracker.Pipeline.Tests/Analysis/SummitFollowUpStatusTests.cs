using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A meeting put off or called off in a later clause that names it only as "it", "the plan" or "the trip"
/// (real-en 50 and 51), a capital visited standing for the country, and a dateline's date.</summary>
public sealed class SummitFollowUpStatusTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    private const string PutOff =
        "Amid the COVID-19 outbreak, Seoul reiterated Chinese President Xi Jinping is planning to visit Seoul by the end of the year.\n\n"
        + "On Wednesday during their roughly 30-minute phone conference, Xi told South Korean President Moon Jae-in that there was no change in his plan to visit South Korea within this year.\n\n"
        + "Moon requested Xi to visit Seoul sometime early this year when they met for a summit in Beijing last December.\n\n"
        + "Since then, Seoul has been putting all-out efforts to make Xi's visit happen, which was speculated to be around March or April. "
        + "But due to the global coronavirus outbreak that hit both countries hard, the plan was put off indefinitely.";

    [Fact]
    public void The_plan_put_off_in_a_later_sentence_postpones_the_visit_reported_before_it()
    {
        var summits = Summits(PutOff, new DateOnly(2020, 5, 14));
        var visit = Assert.Single(summits, s => s.Status == SummitStatus.Postponed);
        Assert.Equal("Seoul, South Korea", visit.Location);
        Assert.Equal(["cn-xi-jinping", "kr-moon-jae-in"], visit.ParticipantKeys.Order());
        // The summit held in Beijing is not what was put off.
        Assert.Contains(summits, s => s.Status == SummitStatus.Held && s.Location == "Beijing, China");
    }

    [Fact]
    public void A_visit_that_could_be_delayed_is_not_postponed()
    {
        var text = PutOff.Replace("the plan was put off indefinitely", "the visit could be further delayed", StringComparison.Ordinal);
        Assert.DoesNotContain(Summits(text, new DateOnly(2020, 5, 14)), s => s.Status == SummitStatus.Postponed);
    }

    [Fact]
    public void It_has_been_postponed_after_the_trip_in_the_same_sentence()
    {
        var s = Assert.Single(Summits(
            "Seoul, Aug 23 (IANS) Chinese President Xi Jinping will visit South Korea \u201cat an early date\u201d once the Covid-19 situation stabilizes, the Presidential Palace in Seoul said on Sunday.\n\n"
            + "Kang Min-seok, the spokesman of President Moon Jae-in, spoke to reporters.\n\n"
            + "Xi agreed to make a trip to South Korea in the first half of 2020, but it has been postponed due to the pandemic.", new DateOnly(2020, 8, 23)));
        Assert.Equal(SummitStatus.Postponed, s.Status);
        Assert.Equal(["cn-xi-jinping", "kr-moon-jae-in"], s.ParticipantKeys.Order());
        // "Seoul, Aug 23 (IANS)" dates the report, not the visit.
        Assert.NotEqual("2020-08-23", s.Start?.ToIsoString());
    }

    [Fact]
    public void A_held_meeting_is_never_postponed_by_a_later_it()
    {
        var summits = Summits("South Korean President Moon Jae-in met Chinese President Xi Jinping in Beijing on Monday. "
            + "A vote in parliament was scheduled for Tuesday, but it has been postponed.", new DateOnly(2019, 12, 24));
        var s = Assert.Single(summits);
        Assert.Equal(SummitStatus.Held, s.Status);
    }

    [Theory]
    [InlineData("President Trump will meet Kim Jong Un in Singapore on June 12. The summit was later called off.", SummitStatus.Cancelled)]
    [InlineData("President Trump will meet Kim Jong Un in Singapore on June 12. The meeting has since been postponed.", SummitStatus.Postponed)]
    [InlineData("President Trump will meet Kim Jong Un in Singapore on June 12. The meeting has not been postponed.", SummitStatus.Planned)]
    public void A_plain_noun_follow_up_gives_the_state_of_the_meeting_before(string text, SummitStatus status)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2018, 5, 20)));
        Assert.Equal(status, s.Status);
    }

    [Fact]
    public void A_denied_meeting_is_no_held_summit()
    {
        // real-en 48
        var summits = Summits("SEOUL (REUTERS) - South Korean President Moon Jae-in has decided not to visit Japan for the Tokyo Olympics, his office said on Monday (July 19).\n\n"
            + "Japan\u2019s Yomiuri newspaper reported President Moon will visit Tokyo and hold a summit with Japanese Prime Minister Yoshihide Suga on Friday (July 23) to coincide with the start of the Tokyo Olympics.\n\n"
            + "But both governments on Monday denied a meeting had been finalised, with Moon\u2019s office citing a \u201clast minute obstacle\u201d.", new DateOnly(2021, 7, 19));
        Assert.DoesNotContain(summits, s => s.Status == SummitStatus.Held);
        Assert.Contains(summits, s => s.Status == SummitStatus.Cancelled && s.Location == "Tokyo, Japan");
    }

    [Fact]
    public void A_place_named_as_a_possible_venue_places_the_meeting()
    {
        // real-en 39: the venue is finer than the gathering the talks would be held during.
        var s = Assert.Single(Summits("North Korean leader Kim Jong-un could hold talks with U.S. President Donald Trump during the Asia-Pacific Economic Cooperation (APEC) summit later this month, "
            + "South Korea\u2019s unification minister suggested on October 14, with the border village of Panmunjom a possible venue.", new DateOnly(2025, 10, 14)),
            s => s.ParticipantKeys.Count == 2);
        Assert.Equal((SummitStatus.Proposed, "Panmunjom"), (s.Status, s.Location));
    }

    [Fact]
    public void An_island_in_the_headline_places_the_articles_unplaced_summit()
    {
        // real-en 52: the place is written only in the headline.
        var found = ArticleAnalyzer.Analyze(new ArticleText("President Yoon returns home after 1st summit with China in Bali",
            "Earlier on Nov. 15, President Yoon held his first summit talks with Chinese President Xi Jinping since taking office in May this year.",
            DiplomacyTracker.Dates.FuzzyDate.FromDay(new DateOnly(2022, 11, 16), DiplomacyTracker.Dates.FuzzyDate.Seoul), "en"),
            ActorCatalog.FromEmbeddedReference(), true).Summits;
        var s = Assert.Single(found);
        Assert.Equal((SummitStatus.Held, "Bali, Indonesia", "2022-11-15"), (s.Status, s.Location, s.Start?.ToIsoString()));
    }

    [Fact]
    public void Leaders_shaking_hands_in_a_file_photo_met_and_the_summit_walked_away_from_is_that_one()
    {
        // real-en 40: a caption and the sentence after it are one held summit, not a plan.
        var found = Summits("In this Feb. 27, 2019, file photo, U.S. President Donald Trump shakes hands with North Korean leader Kim Jong Un in Hanoi. "
            + "Trump said he walked away from his second summit with North Korean leader Kim Jong-un because Kim demanded the United States.", new DateOnly(2025, 10, 28));
        var s = Assert.Single(found);
        Assert.Equal((SummitStatus.Held, "Hanoi, Vietnam", "2019-02-27"), (s.Status, s.Location, s.Start?.ToIsoString()));
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void The_day_an_expert_expressed_a_view_dates_no_meeting()
    {
        // real-en 40: "Tuesday" is the day of the remark, not of the APEC meeting or of a Trump–Kim meeting.
        var found = Summits("An expert expressed skepticism Tuesday over the possibility of U.S. President Donald Trump and North Korean leader Kim Jong-un meeting "
            + "on the margins of the upcoming Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting in South Korea, but he did not rule it out completely.",
            new DateOnly(2025, 10, 28));
        Assert.NotEmpty(found);
        Assert.DoesNotContain(found, s => s.Start?.ToIsoString() == "2025-10-28");
    }
}
