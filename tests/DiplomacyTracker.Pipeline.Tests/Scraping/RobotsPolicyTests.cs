using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

public class RobotsPolicyTests
{
    private const string Robots = """
        # a news site
        User-agent: *
        Disallow: /search
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Crawl-delay: 2

        User-agent: BadBot
        Disallow: /

        User-agent: DiplomacyTracker
        User-agent: OtherFriendlyBot
        Disallow: /members/
        Crawl-delay: 5
        """;

    [Theory]
    [InlineData("DiplomacyTracker", "/politics/1", true)]
    [InlineData("DiplomacyTracker", "/members/feed", false)]
    [InlineData("DiplomacyTracker", "/search?q=kim", true)]   // our own group replaces "*"
    [InlineData("SomeCrawler", "/search?q=kim", false)]
    [InlineData("SomeCrawler", "/private/notes", false)]
    [InlineData("SomeCrawler", "/private/press/release-1", true)] // longer Allow wins
    [InlineData("SomeCrawler", "/files/report.pdf", false)]
    [InlineData("SomeCrawler", "/files/report.pdf?download=1", true)] // $ anchors the end
    [InlineData("BadBot", "/anything", false)]
    public void Longest_match_in_the_most_specific_group_decides(string agent, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsPolicy.Parse(Robots, agent).IsAllowed(new Uri("https://site.example" + path)));

    [Fact]
    public void Crawl_delay_comes_from_our_group()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), RobotsPolicy.Parse(Robots, "DiplomacyTracker").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), RobotsPolicy.Parse(Robots, "SomeCrawler").CrawlDelay);
    }

    [Fact]
    public void Equal_length_allow_beats_disallow_and_empty_disallow_allows_all()
    {
        var policy = RobotsPolicy.Parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "DiplomacyTracker");
        Assert.True(policy.IsAllowed(new Uri("https://site.example/a/b")));
        Assert.True(RobotsPolicy.Parse("User-agent: *\nDisallow:\n", "DiplomacyTracker").IsAllowed(new Uri("https://site.example/x")));
    }

    [Fact]
    public void Unavailable_robots_disallows_everything_with_a_reason()
    {
        var policy = RobotsPolicy.Unavailable("robots.txt answered 503");
        Assert.False(policy.IsAllowed(new Uri("https://site.example/")));
        Assert.Equal("robots.txt answered 503", policy.Reason);
    }
}
