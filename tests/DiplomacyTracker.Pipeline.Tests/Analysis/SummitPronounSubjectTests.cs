using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"He met Xi in Beijing": a sentence-opening pronoun subject is the leader the previous sentence names or describes.</summary>
public sealed class SummitPronounSubjectTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("It was the North Korean leader's third trip abroad this year. He met Xi Jinping in Dalian in early May.")]
    [InlineData("Kim Jong-un returned home on Thursday, state media said. He also met Xi Jinping in Dalian in early May.")]
    public void He_is_the_leader_of_the_sentence_before(string text)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2018, 6, 20)), s => s.Location?.StartsWith("Dalian", StringComparison.Ordinal) == true);
        Assert.Equal(["cn-xi-jinping", "kp-kim-jong-un"], s.ParticipantKeys.Order());
    }

    [Theory]
    [InlineData("Foreign Minister Kang Kyung-wha spoke to reporters. He met Xi Jinping in Dalian in early May.")] // no leader before
    [InlineData("Kim Jong-un returned home on Thursday. Officials said he met Xi Jinping in Dalian in early May.")] // not the opening subject
    public void A_pronoun_without_a_leader_before_it_or_not_opening_the_sentence_adds_nobody(string text)
    {
        Assert.DoesNotContain(Summits(text, new DateOnly(2018, 6, 20)), s => s.ParticipantKeys.Count == 2 && s.ParticipantKeys.Contains("kp-kim-jong-un"));
    }
}
