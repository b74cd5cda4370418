using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Parties named only by role: a third party "the South Korean president joined …", "his Japanese counterpart",
/// and the host of a meeting ("hosted Trump for a summit").</summary>
public sealed class SummitRolePartyTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Fact]
    public void A_role_that_joins_two_named_leaders_is_the_third_party()
    {
        var s = Assert.Single(Summits("On Friday, the South Korean president joined U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida for a trilateral summit in Madrid.", new DateOnly(2022, 6, 30)));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol", "us-joe-biden"], s.ParticipantKeys.Order());
        Assert.Equal(SummitStatus.Held, s.Status);
    }

    [Fact]
    public void A_role_that_only_reports_is_not_a_party()
    {
        var s = Assert.Single(Summits("The South Korean president said Joe Biden and Fumio Kishida would hold a summit in Tokyo next week.", new DateOnly(2022, 5, 16)));
        Assert.Equal(["jp-fumio-kishida", "us-joe-biden"], s.ParticipantKeys.Order());
    }

    [Fact]
    public void His_counterpart_is_the_leader_of_that_country_when_a_leader_meets_him()
    {
        var s = Assert.Single(Summits("President Yoon Suk Yeol met his Japanese counterpart in Madrid on Wednesday.", new DateOnly(2022, 6, 30)));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol"], s.ParticipantKeys.Order());
        Assert.Equal("2022-06-29", s.Start?.ToIsoString());
    }

    [Fact]
    public void A_minister_meeting_his_counterpart_is_not_a_summit_of_leaders()
    {
        Assert.DoesNotContain(Summits("Foreign Minister Park Jin met his Japanese counterpart in Madrid on Wednesday.", new DateOnly(2022, 6, 30)),
            s => s.ParticipantKeys.Contains("jp-fumio-kishida"));
    }

    [Fact]
    public void A_named_counterpart_of_an_envoy_is_not_a_summit()
    {
        Assert.Empty(Summits("Kim Gunn met his U.S. counterpart Sung Kim at the foreign ministry in Seoul on Wednesday.", new DateOnly(2022, 6, 30)));
    }

    [Fact]
    public void Hosted_is_a_held_meeting_of_the_host_and_the_guest()
    {
        var s = Assert.Single(Summits("President Lee Jae Myung hosted Donald Trump for a summit at the Gyeongju National Museum on Wednesday.", new DateOnly(2025, 11, 1)));
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order());
        Assert.Equal((SummitStatus.Held, "2025-10-29"), (s.Status, s.Start?.ToIsoString()));
    }
}
