using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>The audience and the place of a briefing are not the reported words.</summary>
public sealed class ReportingCircumstanceTests
{
    private static IReadOnlyList<FoundStatement> Statements(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("Moon briefs on summit", text, FuzzyDate.FromDay(new DateOnly(2018, 5, 27), FuzzyDate.Seoul), "en"),
            ActorCatalog.FromEmbeddedReference(), true).Statements;

    [Fact]
    public void Told_a_press_conference_at_a_place_reports_the_words_before_it()
    {
        var s = Assert.Single(Statements("The two-hour meeting took place on Saturday afternoon at the border, Moon Jae-in told a press conference at Cheong Wa Dae."));
        Assert.Equal(("kr-moon-jae-in", "The two-hour meeting took place on Saturday afternoon at the border"), (s.SpeakerKey, s.Text));
    }

    [Fact]
    public void Told_a_news_conference_that_reports_the_clause()
    {
        var s = Assert.Single(Statements("Moon Jae-in told a news conference that the North was committed to denuclearization."));
        Assert.Equal("the North was committed to denuclearization", s.Text);
    }

    [Fact]
    public void Told_a_person_is_not_an_audience() =>
        Assert.DoesNotContain(Statements("Moon Jae-in told a friend from school about his plans for the weekend."), s => s.Text.StartsWith("conference", StringComparison.Ordinal));
}
