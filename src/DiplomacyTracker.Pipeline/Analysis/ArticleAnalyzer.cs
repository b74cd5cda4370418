namespace DiplomacyTracker.Analysis;

/// <summary>Runs the analysis stages over one article: relevance, actors, statements, summits.</summary>
public static class ArticleAnalyzer
{
    // Placeholder until the analysis branch lands: finds nothing, claims nothing.
    public static AnalysisResult Analyze(ArticleText article, ActorCatalog catalog) =>
        AnalysisResult.Irrelevant(new RelevanceDecision(false, 0, true, ["analysis not yet implemented"]));
}
