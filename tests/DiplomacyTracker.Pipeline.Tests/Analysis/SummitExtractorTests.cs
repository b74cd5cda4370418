using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class SummitExtractorTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("t", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), "en"), SeedArticles.Catalog).Summits;

    private const string Plan = "Donald Trump and Kim Jong-un will hold a summit in Singapore on June 12, the White House said, as talks on North Korea's denuclearization continue.";

    [Fact]
    public void A_future_summit_is_planned_with_its_date_place_and_participants()
    {
        var s = Assert.Single(Summits(Plan, new DateOnly(2018, 5, 20)));
        Assert.Equal((SummitStatus.Planned, "2018-06-12", "Singapore"), (s.Status, s.Start?.ToIsoString(), s.Location));
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void A_summit_already_past_at_publication_is_not_planned()
    {
        var s = Assert.Single(Summits(Plan.Replace("June 12", "June 12, 2018"), new DateOnly(2018, 7, 1)));
        Assert.Equal(SummitStatus.Held, s.Status);
    }

    [Theory]
    [InlineData("The planned summit between Donald Trump and Kim Jong-un in Hanoi was cancelled amid the nuclear standoff.", SummitStatus.Cancelled)]
    [InlineData("The summit between Donald Trump and Kim Jong-un in Hanoi was postponed over North Korea's missile tests.", SummitStatus.Postponed)]
    [InlineData("Donald Trump floated a possible summit with Kim Jong-un in Pyongyang to revive nuclear diplomacy.", SummitStatus.Proposed)]
    [InlineData("Donald Trump met Kim Jong-un in Hanoi for a summit on North Korea's nuclear program.", SummitStatus.Held)]
    public void Status_words_map_to_the_summit_status(string text, SummitStatus expected) =>
        Assert.Equal(expected, Assert.Single(Summits(text, new DateOnly(2019, 3, 10))).Status);

    [Fact]
    public void Table_rows_become_summits_with_participants_from_the_text_before_the_table()
    {
        const string text = "The summits between Donald Trump and Kim Jong-un failed to produce a deal on denuclearization.\n"
            + "Summit | Date | Location | Outcome\nHanoi | February 27-28,2019 | Vietnam | summit collapsed due to disagreements\n"
            + "Singapore | June 12,2018 | Sentosa Island | Joint Statement\nDid you know? Tables end here.";
        var summits = Summits(text, new DateOnly(2025, 10, 18));
        Assert.Equal(2, summits.Count);
        var hanoi = Assert.Single(summits, s => s.Title == "Hanoi summit");
        Assert.Equal(("2019-02-27", "2019-02-28", "Hanoi, Vietnam", SummitStatus.Held), (hanoi.Start?.ToIsoString(), hanoi.End?.ToIsoString(), hanoi.Location, hanoi.Status));
        Assert.Equal("summit collapsed due to disagreements", hanoi.Outcome);
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], hanoi.ParticipantKeys.Order());
        Assert.Equal("Sentosa Island, Singapore", Assert.Single(summits, s => s.Title == "Singapore summit").Location);
    }

    [Fact]
    public void Talks_without_named_leaders_and_plural_summits_are_not_summits()
    {
        Assert.Empty(Summits("Working-level talks on North Korea stalled. Previous summits produced little on denuclearization.", new DateOnly(2025, 10, 18)));
    }

    [Fact]
    public void A_held_summit_and_a_proposed_one_between_the_same_leaders_stay_apart()
    {
        const string text = "Donald Trump met Kim Jong-un at a summit that ended without a deal on North Korea's nuclear program. "
            + "Donald Trump has floated a possible new summit with Kim Jong-un.";
        var summits = Summits(text, new DateOnly(2025, 10, 18));
        Assert.Equal([SummitStatus.Held, SummitStatus.Proposed], summits.Select(s => s.Status));
    }

    [Fact]
    public void Meeting_someone_several_times_is_not_one_summit()
    {
        Assert.Empty(Summits("Donald Trump met Kim Jong-un three times during his first term to discuss North Korea's nuclear program.", new DateOnly(2025, 10, 18)));
    }
}
