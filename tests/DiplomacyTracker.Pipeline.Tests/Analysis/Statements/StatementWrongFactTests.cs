using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// The statement-side wrong facts of issue 15, each rebuilt from the sentences quoted there (and the real articles of the
/// corpus where they occur): none may come back.
/// </summary>
public sealed class StatementWrongFactTests
{
    private static AnalysisResult Analyze(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea summit", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true);

    [Fact]
    public void A_missing_space_after_a_full_stop_no_longer_throws_and_the_article_keeps_its_statements()
    {
        const string text = "Some officials have argued for completion in six months, but that may be an opening position.Mr. Bolton has occasionally cited the example of Libya.\n\n"
            + "\u201CWe will see what happens,\u201D President Trump said on Thursday.";
        var result = Analyze(text, new DateOnly(2018, 5, 18));
        Assert.Empty(result.Failures);
        var s = Assert.Single(result.Statements);
        Assert.Equal(("Donald Trump", "We will see what happens"), (s.SpeakerName, s.Text));
    }
}
