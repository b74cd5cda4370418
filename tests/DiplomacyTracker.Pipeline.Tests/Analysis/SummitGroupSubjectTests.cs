using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"The two leaders last met in X": a subject that names nobody takes the group of an earlier summit.</summary>
public sealed class SummitGroupSubjectTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Fact]
    public void The_two_leaders_are_the_pair_of_the_summit_before()
    {
        const string text = "President Moon Jae-in held talks with Chinese President Xi Jinping in Osaka on Thursday. "
            + "Moon said he hoped China would help. The two leaders last met in Beijing in December 2017.";
        var summits = Summits(text, new DateOnly(2019, 6, 27));
        Assert.Equal(2, summits.Count);
        var earlier = Assert.Single(summits, s => s.Location?.StartsWith("Beijing", StringComparison.Ordinal) == true);
        Assert.Equal(["cn-xi-jinping", "kr-moon-jae-in"], earlier.ParticipantKeys.Order());
        Assert.Equal(SummitStatus.Held, earlier.Status);
    }

    [Fact]
    public void The_three_leaders_are_the_trilateral_not_a_later_pair()
    {
        const string text = "Joe Biden will host Yoon Suk Yeol and Fumio Kishida at Camp David on Friday for a trilateral summit. "
            + "Yoon will also meet Kishida on Saturday. The three leaders last met in Hiroshima in May.";
        var earlier = Assert.Single(Summits(text, new DateOnly(2023, 8, 14)), s => s.Location?.StartsWith("Hiroshima", StringComparison.Ordinal) == true);
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol", "us-joe-biden"], earlier.ParticipantKeys.Order());
        Assert.Equal(SummitStatus.Held, earlier.Status);
    }

    [Theory]
    [InlineData("Foreign Minister Park Jin spoke by phone with officials on Monday. The two leaders last met in Bali.")] // no summit before
    [InlineData("President Moon Jae-in met Xi Jinping in Osaka on Thursday. The three leaders last met in Beijing.")] // a pair is not three
    public void A_group_without_an_earlier_summit_of_its_size_is_nobody(string text)
    {
        Assert.DoesNotContain(Summits(text, new DateOnly(2019, 6, 27)), s => s.Location?.StartsWith("B", StringComparison.Ordinal) == true && s.ParticipantKeys.Count > 0);
    }
}
