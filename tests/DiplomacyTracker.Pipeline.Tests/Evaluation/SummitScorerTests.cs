using DiplomacyTracker.Analysis;
using DiplomacyTracker.Evaluation;
using static DiplomacyTracker.Tests.Evaluation.ScorerTestCatalog;

namespace DiplomacyTracker.Tests.Evaluation;

public class SummitScorerTests
{
    private static readonly AnnotatedSummit Singapore = new(["Donald Trump", "Kim Jong-un"], "Sentosa Island, Singapore", "2018-06-12", "held");
    private static readonly DateOnly June12 = new(2018, 6, 12);

    private static bool Found(AnnotatedSummit annotated, FoundSummit predicted) => SummitScorer.Score([annotated], [predicted], Catalog).Found == 1;

    [Fact]
    public void AllFourAgreeingIsFound() =>
        Assert.True(Found(Singapore, Summit(SummitStatus.Held, "Singapore", June12, "kp-kim-jong-un", "us-donald-trump")));

    [Fact]
    public void LocationContainmentWorksEitherWayIgnoringCase()
    {
        Assert.True(Found(Singapore, Summit(SummitStatus.Held, "sentosa island", June12, "us-donald-trump", "kp-kim-jong-un")));
        var shortPlace = Singapore with { Location = "Singapore" };
        Assert.True(Found(shortPlace, Summit(SummitStatus.Held, "Capella Hotel, Sentosa Island, Singapore", June12, "us-donald-trump", "kp-kim-jong-un")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, "Hanoi", June12, "us-donald-trump", "kp-kim-jong-un")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, null, June12, "us-donald-trump", "kp-kim-jong-un")));
    }

    [Fact]
    public void StatusParticipantsAndDayMustAgree()
    {
        Assert.False(Found(Singapore, Summit(SummitStatus.Planned, "Singapore", June12, "us-donald-trump", "kp-kim-jong-un")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, "Singapore", June12, "us-donald-trump")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, "Singapore", June12, "us-donald-trump", "kp-kim-jong-un", "kr-lee-jae-myung")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, "Singapore", June12.AddDays(1), "us-donald-trump", "kp-kim-jong-un")));
        Assert.False(Found(Singapore, Summit(SummitStatus.Held, "Singapore", null, "us-donald-trump", "kp-kim-jong-un")));
    }

    [Fact]
    public void AnnotationWithoutDayOrPlaceChecksOnlyWhatItGives()
    {
        var proposed = new AnnotatedSummit(["Donald Trump", "Kim Jong-un"], null, null, "proposed");
        Assert.True(Found(proposed, Summit(SummitStatus.Proposed, "Panmunjom", new DateOnly(2025, 10, 30), "us-donald-trump", "kp-kim-jong-un")));
        Assert.True(Found(proposed, Summit(SummitStatus.Proposed, null, null, "us-donald-trump", "kp-kim-jong-un")));
    }

    [Fact]
    public void EachPredictionFindsOneSummitOnly()
    {
        var counts = SummitScorer.Score([Singapore, Singapore], [Summit(SummitStatus.Held, "Singapore", June12, "us-donald-trump", "kp-kim-jong-un")], Catalog);
        Assert.Equal(1, counts.Found);
        Assert.Equal(0.5, counts.Recall);
    }
}
