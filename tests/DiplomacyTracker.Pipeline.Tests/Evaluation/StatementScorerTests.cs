using DiplomacyTracker.Evaluation;
using static DiplomacyTracker.Tests.Evaluation.ScorerTestCatalog;

namespace DiplomacyTracker.Tests.Evaluation;

public class StatementScorerTests
{
    private const string Lee = "kr-lee-jae-myung";
    private const string Trump = "us-donald-trump";

    private static StatementCounts Score(AnnotatedStatement[] annotated, params DiplomacyTracker.Analysis.FoundStatement[] predicted) =>
        StatementScorer.Score(annotated, [], predicted, Catalog);

    private static AnnotatedStatement Annotated(string speaker, string text) => new(speaker, "indirect", "said", text);

    [Fact]
    public void SameWordsFromTheRightSpeakerMatch()
    {
        var counts = Score([Annotated("Lee Jae Myung", "Seoul will restore communication channels with Pyongyang")],
            Said(Lee, "Seoul will restore communication channels with Pyongyang soon"));
        Assert.Equal(1, counts.Matched);
        Assert.Equal(1.0, counts.Precision);
        Assert.Equal(1.0, counts.Recall);
        Assert.Equal(1.0, counts.SpeakerPrecision);
    }

    [Fact]
    public void DifferentSpeakerIsNoMatchAndLowersSpeakerPrecision()
    {
        var counts = Score([Annotated("Lee Jae Myung", "Seoul will restore communication channels with Pyongyang")],
            Said(Trump, "Seoul will restore communication channels with Pyongyang"));
        Assert.Equal(0, counts.Matched);
        Assert.Equal(1, counts.TextMatched);
        Assert.Equal(0, counts.SpeakerCorrect);
        Assert.Equal(0.0, counts.SpeakerPrecision);
    }

    [Fact]
    public void AnnotatedSpeakerIsResolvedThroughAliases()
    {
        var counts = Score([Annotated("Lee Jae-myung", "the alliance remains the foundation of diplomacy")],
            Said(Lee, "the alliance remains the foundation of diplomacy"));
        Assert.Equal(1, counts.Matched);
    }

    [Fact]
    public void SixtyPercentOfContentWordsMatchesButFiftyNineDoesNot()
    {
        // Five content words, three present: exactly 60%.
        var five = Annotated("Lee Jae Myung", "leaders discussed tariffs, investment, shipbuilding");
        Assert.Equal(1, Score([five], Said(Lee, "leaders discussed tariffs")).Matched);
        Assert.Equal(0, Score([five], Said(Lee, "leaders discussed")).Matched);

        // Seventeen content words, ten present: 58.8%.
        var seventeen = Annotated("Lee Jae Myung",
            "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec");
        Assert.Equal(17, ContentWords.Of(seventeen.Text).Count);
        Assert.Equal(0, Score([seventeen], Said(Lee, "alpha bravo charlie delta echo foxtrot golf hotel india juliet")).Matched);
        Assert.Equal(1, Score([seventeen], Said(Lee, "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo")).Matched);
    }

    [Fact]
    public void MatchingIsOneToOne()
    {
        var annotated = Annotated("Donald Trump", "he would love to meet Kim during the trip");
        var twice = Score([annotated], Said(Trump, "he would love to meet Kim during the trip"), Said(Trump, "he would love to meet Kim during the trip"));
        Assert.Equal(1, twice.Matched);
        Assert.Equal(0.5, twice.Precision);
        Assert.Equal(1.0, twice.Recall);

        var oneForTwo = Score([annotated, annotated], Said(Trump, "he would love to meet Kim during the trip"));
        Assert.Equal(1, oneForTwo.Matched);
        Assert.Equal(0.5, oneForTwo.Recall);
    }

    [Fact]
    public void GreedyPairingTakesTheBestOverlapFirst()
    {
        var counts = Score(
            [Annotated("Donald Trump", "sanctions remain until denuclearization"), Annotated("Donald Trump", "sanctions remain until denuclearization completes verifiably")],
            Said(Trump, "sanctions remain until denuclearization completes verifiably"),
            Said(Trump, "sanctions remain until denuclearization"));
        Assert.Equal(2, counts.Matched);
    }

    [Fact]
    public void StatementOnAnUnattributedSentenceIsAViolation()
    {
        string[] unattributed = ["According to officials, both leaders agreed that the missile programs must be stopped and reversed."];
        var onIt = StatementScorer.Score([], unattributed, [Said(Lee, "both leaders agreed that the missile programs must be stopped and reversed")], Catalog);
        var elsewhere = StatementScorer.Score([], unattributed, [Said(Lee, "tariff talks are at the final stage")], Catalog);
        Assert.Equal(1, onIt.UnattributedViolations);
        Assert.Equal(0, elsewhere.UnattributedViolations);
    }

    [Fact]
    public void TotalsAreMicroAveraged()
    {
        var a = new StatementCounts(Predicted: 4, Annotated: 2, Matched: 2, TextMatched: 2, SpeakerCorrect: 2, UnattributedViolations: 0);
        var b = new StatementCounts(Predicted: 0, Annotated: 6, Matched: 0, TextMatched: 0, SpeakerCorrect: 0, UnattributedViolations: 1);
        var sum = a + b;
        Assert.Equal(0.5, sum.Precision);
        Assert.Equal(0.25, sum.Recall);
        Assert.Equal(2 * 0.5 * 0.25 / 0.75, sum.F1, 10);
        Assert.Equal(1, sum.UnattributedViolations);
    }

    [Fact]
    public void MatchingListsWhatWasMissedAndWhatWasExtra()
    {
        var missed = Annotated("Donald Trump", "sanctions stay until the North denuclearizes");
        var found = Annotated("Lee Jae Myung", "the alliance remains the foundation of diplomacy");
        var extra = Said(Trump, "the weather in Gyeongju was lovely");
        var matching = StatementScorer.Match([missed, found], [], [Said(Lee, found.Text), extra], Catalog);
        Assert.Equal([missed], matching.Missed);
        Assert.Equal([extra], matching.Unmatched);
        Assert.Empty(matching.Violations);
    }
}
