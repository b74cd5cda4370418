using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Evaluation;

public class RelevanceScorerTests
{
    [Fact]
    public void CountsEachKindOfDecision()
    {
        var counts = RelevanceScorer.Score([(true, true), (true, true), (true, false), (false, false), (false, false), (false, true)]);
        Assert.Equal(6, counts.Total);
        Assert.Equal(4.0 / 6, counts.Accuracy, 10);
        Assert.Equal(2.0 / 3, counts.RelevantRecall, 10);
        Assert.Equal(2.0 / 3, counts.IrrelevantPrecision, 10);
    }

    [Fact]
    public void KeepingEverythingHasFullRelevantRecall()
    {
        var counts = RelevanceScorer.Score([(true, true), (false, true)]);
        Assert.Equal(1.0, counts.RelevantRecall);
        Assert.Equal(0.5, counts.Accuracy);
    }
}
