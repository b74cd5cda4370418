namespace DiplomacyTracker.Evaluation;

/// <summary>One corpus article scored: the predictions, which matched, what was missed, and the summits found.</summary>
public sealed record CorpusArticleScore(
    CorpusArticle Article,
    string? Error,
    IReadOnlyList<PredictedStatement> Statements,
    IReadOnlyList<bool> StatementMatched,
    IReadOnlyList<GoldStatement> Missed,
    IReadOnlyList<bool> TextMatched,
    IReadOnlyList<bool> SpeakerRight,
    IReadOnlyList<PredictedSummit> Summits,
    IReadOnlyList<bool> SummitCorrect,
    int SummitsFound)
{
    public int Matched => StatementMatched.Count(m => m);

    /// <summary>Sieves that threw on this article (their output dropped; the rest scored).</summary>
    public IReadOnlyList<DiplomacyTracker.Analysis.SieveFailure> Failures { get; init; } = [];
}

/// <summary>Precision of one sieve: of the facts it produced, how many matched the annotation.</summary>
public sealed record SievePrecision(string Sieve, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
}

/// <summary>A corpus run: per-article scores and the totals score_statements.py prints, plus precision per sieve.</summary>
public sealed record CorpusReport(IReadOnlyList<CorpusArticleScore> Articles)
{
    public int GoldStatements => Articles.Sum(a => a.Article.Statements.Count);
    public int PredictedStatements => Articles.Sum(a => a.Statements.Count);
    public int MatchedStatements => Articles.Sum(a => a.Matched);
    public double Precision => PredictedStatements == 0 ? 0 : (double)MatchedStatements / PredictedStatements;
    public double Recall => GoldStatements == 0 ? 0 : (double)MatchedStatements / GoldStatements;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Of the predictions whose words cover an annotated statement, the share with that statement's speaker.</summary>
    public double SpeakerPrecision
    {
        get
        {
            var text = Articles.Sum(a => a.TextMatched.Count(t => t));
            return text == 0 ? 1 : (double)Articles.Sum(a => a.SpeakerRight.Count(t => t)) / text;
        }
    }

    public int TextMatched => Articles.Sum(a => a.TextMatched.Count(t => t));
    public int SpeakerRight => Articles.Sum(a => a.SpeakerRight.Count(t => t));
    public int GoldSummits => Articles.Sum(a => a.Article.Summits.Count);
    public int FoundSummits => Articles.Sum(a => a.SummitsFound);
    public int PredictedSummits => Articles.Sum(a => a.Summits.Count);
    public double SummitRecall => GoldSummits == 0 ? 0 : (double)FoundSummits / GoldSummits;
    public int Failed => Articles.Count(a => a.Error is not null);

    public int SieveFailures => Articles.Sum(a => a.Failures.Count);

    public IReadOnlyList<SievePrecision> StatementSieves =>
        Articles.SelectMany(a => a.Statements.Select((s, i) => (s.Sieve, a.StatementMatched[i])))
            .GroupBy(x => x.Sieve).Select(g => new SievePrecision(g.Key, g.Count(), g.Count(x => x.Item2)))
            .OrderByDescending(s => s.Predicted).ToList();

    public IReadOnlyList<SievePrecision> SummitSieves =>
        Articles.SelectMany(a => a.Summits.Select((s, i) => (s.Sieve, a.SummitCorrect[i])))
            .GroupBy(x => x.Sieve).Select(g => new SievePrecision(g.Key, g.Count(), g.Count(x => x.Item2)))
            .OrderByDescending(s => s.Predicted).ToList();
}
