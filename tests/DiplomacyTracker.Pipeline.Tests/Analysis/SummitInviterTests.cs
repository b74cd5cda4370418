using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>An inviter stays out of the meeting he proposes unless the meeting needs him (a trilateral of three named) or
/// is held in his own country.</summary>
public sealed class SummitInviterTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("Joe Biden invited Yoon Suk Yeol and Fumio Kishida to Washington for a separate trilateral summit, the presidential office said.")]
    [InlineData("Joe Biden invited Yoon Suk Yeol and Fumio Kishida to Washington for a summit, officials said.")]
    public void An_inviter_the_meeting_needs_or_who_hosts_is_a_party(string text)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2023, 5, 21)));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol", "us-joe-biden"], s.ParticipantKeys.Order());
        Assert.Equal(SummitStatus.Proposed, s.Status);
    }

    [Fact]
    public void An_inviter_who_brokers_a_meeting_between_others_stays_out()
    {
        var s = Assert.Single(Summits("Moon Jae-in proposed a meeting between Donald Trump and Kim Jong-un in Seoul.", new DateOnly(2019, 6, 28)));
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void An_inviter_far_from_the_word_summit_still_makes_it_a_proposal()
    {
        var s = Assert.Single(Summits("Joe Biden invited Yoon Suk Yeol and Fumio Kishida to a summit at Camp David.", new DateOnly(2023, 5, 21)));
        Assert.Equal(SummitStatus.Proposed, s.Status);
    }
}
