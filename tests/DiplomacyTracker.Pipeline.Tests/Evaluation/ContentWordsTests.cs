using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Evaluation;

public class ContentWordsTests
{
    [Fact]
    public void KeepsLowerCasedWordsOfThreeLettersOrMoreWithoutStopWords()
    {
        var words = ContentWords.Of("He said the U.N. and Seoul’s envoy will act on it.");
        Assert.Equal(["act", "envoy", "said", "seoul"], words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void QuoteMarksAndCaseDoNotMatter()
    {
        Assert.Equal(1.0, ContentWords.Coverage("he would act as a “pacemaker”", "He would ACT as a \"pacemaker\" while Trump leads"));
    }

    [Fact]
    public void ReferenceWithoutContentWordsNeedsTheVerbatimText()
    {
        Assert.Equal(1.0, ContentWords.Coverage("No.", "He said: no."));
        Assert.Equal(0.0, ContentWords.Coverage("No.", "He said yes"));
    }
}
