namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// The figures on the real corpora (score_statements.py's counting rule, in-process) may only go up: each floor is the
/// figure last recorded in docs/analysis.md, so a change that loses statements, speakers or summits fails here.
/// </summary>
public sealed class RealCorpusFloorTests
{
    [Theory]
    [InlineData("real-en", 206, 0.821, 1.0)]
    [InlineData("real-ko", 101, 0.935, 1.0)]
    public void Statement_figures_do_not_drop(string set, int matched, double f1, double speakerPrecision)
    {
        var report = RealCorpus.Report(set);
        Assert.True(report.MatchedStatements >= matched, $"{set}: {report.MatchedStatements} statements matched, floor {matched}");
        Assert.True(report.F1 >= f1 - 1e-9, $"{set}: F1 {report.F1:0.000}, floor {f1:0.000}");
        Assert.True(report.SpeakerPrecision >= speakerPrecision - 1e-9, $"{set}: speaker precision {report.SpeakerPrecision:0.000}, floor {speakerPrecision:0.000}");
    }

    [Theory]
    [InlineData("real-en", 52)]
    [InlineData("real-ko", 20)]
    public void Summits_found_do_not_drop(string set, int found)
    {
        var report = RealCorpus.Report(set);
        Assert.True(report.FoundSummits >= found, $"{set}: {report.FoundSummits} summits found, floor {found}");
    }

    [Theory]
    [InlineData("real-en")]
    [InlineData("real-ko")]
    public void No_article_fails(string set)
    {
        // real-en 33 once failed in extraction: a stray "|" line of the scrape made an empty table row.
        var report = RealCorpus.Report(set);
        Assert.Equal((0, 0), (report.Failed, report.SieveFailures));
    }

    [Theory]
    [InlineData("real-en")]
    [InlineData("real-ko")]
    public void Every_prediction_names_its_sieve(string set)
    {
        var report = RealCorpus.Report(set);
        Assert.All(report.Articles.SelectMany(a => a.Statements), s => Assert.False(string.IsNullOrEmpty(s.Sieve)));
        Assert.All(report.Articles.SelectMany(a => a.Summits), s => Assert.False(string.IsNullOrEmpty(s.Sieve)));
    }
}
