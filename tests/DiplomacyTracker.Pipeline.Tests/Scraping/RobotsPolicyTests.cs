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

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_ending_and_a_byte_order_mark_read_alike(string newline)
    {
        var text = "\uFEFF" + string.Join(newline, "User-Agent: foo", "Allow: /some/path", "User-Agent: DiplomacyTracker", "", "", "Disallow: /");
        var policy = RobotsPolicy.Parse(text, "DiplomacyTracker");
        Assert.False(policy.IsAllowed(new Uri("https://site.example/x")));
        Assert.True(RobotsPolicy.Parse(text, "foo").IsAllowed(new Uri("https://site.example/some/path")));
    }

    [Fact]
    public void Sitemap_and_unknown_lines_do_not_end_a_group_and_sitemaps_are_collected()
    {
        const string text = "Sitemap: https://site.example/news.xml\nUser-agent: DiplomacyTracker\nSitemap: https://site.example/s2.xml\nNoindex: /x\nUser-agent: *\nDisallow: /\n";
        var policy = RobotsPolicy.Parse(text, "DiplomacyTracker");
        Assert.False(policy.IsAllowed(new Uri("https://site.example/politics/1")));
        Assert.Equal(["https://site.example/news.xml", "https://site.example/s2.xml"], policy.Sitemaps);
    }

    [Fact]
    public void Agent_lines_match_our_token_exactly_up_to_the_first_space()
    {
        Assert.False(RobotsPolicy.Parse("User-agent: DiplomacyTracker/1.0 (+https://x)\nDisallow: /\n", "DiplomacyTracker").IsAllowed(new Uri("https://site.example/a")));
        Assert.True(RobotsPolicy.Parse("User-agent: Diplomacy\nDisallow: /\n", "DiplomacyTracker").IsAllowed(new Uri("https://site.example/a")));
    }

    [Fact]
    public void A_hangul_path_rule_matches_the_encoded_url()
    {
        var policy = RobotsPolicy.Parse("User-agent: *\nDisallow: /뉴스/비공개/\n", "DiplomacyTracker");
        Assert.False(policy.IsAllowed(new Uri("https://site.example/뉴스/비공개/1")));
        Assert.True(policy.IsAllowed(new Uri("https://site.example/뉴스/공개/1")));
    }

    [Fact]
    public void Many_wildcards_cost_nothing_more()
    {
        var policy = RobotsPolicy.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b\n", "DiplomacyTracker");
        // The old backtracking matcher never returned here; this one walks path × pattern once.
        Assert.True(policy.IsAllowed(new Uri("https://site.example/" + new string('a', 2000))));
        Assert.False(policy.IsAllowed(new Uri("https://site.example/" + new string('a', 2000) + "b")));
    }
}
