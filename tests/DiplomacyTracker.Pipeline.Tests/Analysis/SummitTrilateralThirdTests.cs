using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A trilateral with two named takes its third from the article's latest summit; a summit dated before the report
/// was held; "visited Tokyo and held a summit" is past.</summary>
public sealed class SummitTrilateralThirdTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    private const string Lead = "SEOUL, Sept. 7 (Yonhap) -- Japanese Prime Minister Fumio Kishida ended a two-day visit to Seoul on Saturday, a day after his summit with President Yoon Suk Yeol on Friday.";

    [Fact]
    public void A_recalled_trilateral_with_one_other_name_is_the_pair_and_that_name()
    {
        var text = Lead + "\n\n\"We must not go back,\" Kishida said, recalling the trilateral summit at Camp David with Joe Biden in August last year.";
        var s = Assert.Single(Summits(text, new DateOnly(2024, 9, 7)), s => s.Location?.StartsWith("Camp David", StringComparison.Ordinal) == true);
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol", "us-joe-biden"], s.ParticipantKeys.Order());
        Assert.Equal(SummitStatus.Held, s.Status);
    }

    [Fact]
    public void A_plain_summit_with_two_names_gets_no_third()
    {
        var text = Lead + "\n\nKishida recalled his summit at Camp David with Joe Biden in August last year.";
        var s = Assert.Single(Summits(text, new DateOnly(2024, 9, 7)), s => s.Location?.StartsWith("Camp David", StringComparison.Ordinal) == true);
        Assert.Equal(2, s.ParticipantKeys.Count);
    }

    [Fact]
    public void Visited_and_held_a_summit_on_a_day_before_the_report_is_held_that_day()
    {
        var s = Assert.Single(Summits("President Lee Jae Myung visited Tokyo last month and held a summit with Shigeru Ishiba on Aug. 23.", new DateOnly(2025, 9, 30)));
        Assert.Equal(("2025-08-23", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
    }
}
