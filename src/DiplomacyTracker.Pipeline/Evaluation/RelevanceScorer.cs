namespace DiplomacyTracker.Evaluation;

/// <summary>Relevance decisions against labels. Dropping a relevant article is the costly mistake, so recall is reported apart.</summary>
public sealed record RelevanceCounts(int RelevantKept, int RelevantDropped, int IrrelevantDropped, int IrrelevantKept)
{
    public static RelevanceCounts Zero { get; } = new(0, 0, 0, 0);

    public int Total => RelevantKept + RelevantDropped + IrrelevantDropped + IrrelevantKept;
    public double Accuracy => Total == 0 ? 0 : (double)(RelevantKept + IrrelevantDropped) / Total;

    /// <summary>Relevant articles kept / relevant articles (must be 1.0).</summary>
    public double RelevantRecall => RelevantKept + RelevantDropped == 0 ? 1 : (double)RelevantKept / (RelevantKept + RelevantDropped);

    /// <summary>Of the articles dropped as irrelevant, the share that really were.</summary>
    public double IrrelevantPrecision => IrrelevantDropped + RelevantDropped == 0 ? 1 : (double)IrrelevantDropped / (IrrelevantDropped + RelevantDropped);

    public static RelevanceCounts operator +(RelevanceCounts a, RelevanceCounts b) => new(
        a.RelevantKept + b.RelevantKept, a.RelevantDropped + b.RelevantDropped,
        a.IrrelevantDropped + b.IrrelevantDropped, a.IrrelevantKept + b.IrrelevantKept);
}

/// <summary>Tallies one relevance decision against its label.</summary>
public static class RelevanceScorer
{
    public static RelevanceCounts Score(bool labelledRelevant, bool predictedRelevant) => (labelledRelevant, predictedRelevant) switch
    {
        (true, true) => new(1, 0, 0, 0),
        (true, false) => new(0, 1, 0, 0),
        (false, false) => new(0, 0, 1, 0),
        (false, true) => new(0, 0, 0, 1),
    };

    public static RelevanceCounts Score(IEnumerable<(bool Labelled, bool Predicted)> decisions) =>
        decisions.Aggregate(RelevanceCounts.Zero, (sum, d) => sum + Score(d.Labelled, d.Predicted));
}
