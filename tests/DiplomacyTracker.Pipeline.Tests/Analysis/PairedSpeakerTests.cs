using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"X said A, while Y said B": two statements, each with its own speaker; an unnamed Y gets nothing.</summary>
public sealed class PairedSpeakerTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.FromEmbeddedReference();

    private static IReadOnlyList<FoundStatement> Statements(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("Trump and Xi meet in Busan", text, FuzzyDate.FromDay(new DateOnly(2025, 10, 30), FuzzyDate.Seoul), "en"), Catalog, true).Statements;

    [Fact]
    public void Each_side_of_a_while_clause_keeps_its_own_speaker()
    {
        var s = Statements("Donald Trump said he would visit China in April, while Xi Jinping said the two countries should be partners and friends.");
        Assert.Equal(2, s.Count);
        Assert.Equal(("us-donald-trump", "he would visit China in April"), (s[0].SpeakerKey, s[0].Text));
        Assert.Equal(("cn-xi-jinping", "the two countries should be partners and friends"), (s[1].SpeakerKey, s[1].Text));
    }

    [Fact]
    public void An_institution_can_be_the_second_speaker()
    {
        var s = Statements("Xi Jinping said the talks were candid, while Seoul's unification ministry said it was closely watching the North's moves.");
        Assert.Equal(["cn-xi-jinping", "kr-unification-ministry"], s.Select(x => x.SpeakerKey));
    }

    [Fact]
    public void An_unnamed_second_speaker_gets_nothing_and_the_first_keeps_only_their_words()
    {
        var s = Assert.Single(Statements("Donald Trump said he would visit China in April, while officials said no date had been set for the trip."));
        Assert.Equal(("us-donald-trump", "he would visit China in April"), (s.SpeakerKey, s.Text));
    }

    [Fact]
    public void A_while_clause_without_a_new_speaker_stays_in_the_statement()
    {
        var s = Assert.Single(Statements("Donald Trump said he would keep sanctions in place, while hoping for a deal with the North soon."));
        Assert.Equal("he would keep sanctions in place, while hoping for a deal with the North soon", s.Text);
    }
}
