using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Evaluation;

/// <summary>How the analysis did on one annotated article.</summary>
public sealed record ArticleEvaluation(
    string Id,
    bool LabelledRelevant,
    bool PredictedRelevant,
    StatementMatching Matching,
    SummitMatching SummitMatching,
    string? Error)
{
    public StatementCounts Statements => Matching.Counts;

    public SummitCounts Summits => SummitMatching.Counts;
}

/// <summary>Micro-averaged totals over the set, plus the per-article lines they were summed from.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<ArticleEvaluation> Articles,
    StatementCounts Statements,
    SummitCounts Summits,
    RelevanceCounts Relevance);

/// <summary>
/// Runs an analyzer over an evaluation set and scores it; an analyzer that throws scores as finding nothing.
/// Relevance is scored over the annotated articles plus the relevance items not already among them (the seeds are in both).
/// </summary>
public static class EvaluationRunner
{
    public static EvaluationReport Run(EvaluationSet set) => Run(set, ArticleAnalyzer.Analyze);

    public static EvaluationReport Run(EvaluationSet set, Func<ArticleText, ActorCatalog, AnalysisResult> analyze)
    {
        var lines = new List<ArticleEvaluation>();
        var relevance = new List<(bool, bool)>();
        foreach (var article in set.Articles)
        {
            var (result, error) = TryAnalyze(analyze, article.ToArticleText(), set.Catalog);
            var statements = StatementScorer.Match(article.Statements, article.Unattributed, result?.Statements ?? [], set.Catalog);
            var summits = SummitScorer.Match(article.Summits, result?.Summits ?? [], set.Catalog);
            var predictedRelevant = result?.Relevance.IsRelevant ?? false;
            lines.Add(new ArticleEvaluation(article.Id, article.Relevant, predictedRelevant, statements, summits, error));
            relevance.Add((article.Relevant, predictedRelevant));
        }
        var articleTitles = set.Articles.Select(a => a.Title).ToHashSet(StringComparer.Ordinal);
        foreach (var sample in set.RelevanceSamples.Where(s => !articleTitles.Contains(s.Title)))
        {
            var (result, _) = TryAnalyze(analyze, new ArticleText(sample.Title, sample.Text, null, "en"), set.Catalog);
            relevance.Add((sample.Relevant, result?.Relevance.IsRelevant ?? false));
        }
        return new EvaluationReport(
            lines,
            lines.Aggregate(StatementCounts.Zero, (sum, l) => sum + l.Statements),
            lines.Aggregate(SummitCounts.Zero, (sum, l) => sum + l.Summits),
            RelevanceScorer.Score(relevance));
    }

    private static (AnalysisResult? Result, string? Error) TryAnalyze(
        Func<ArticleText, ActorCatalog, AnalysisResult> analyze, ArticleText article, ActorCatalog catalog)
    {
        try
        {
            return (analyze(article, catalog), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
