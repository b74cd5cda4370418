using DiplomacyTracker.Tests.Cli;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>The `scrape` and `sources` verbs through the real CLI, against a local site (sources configured, so nothing is seeded from the internet).</summary>
public class ScraperCliTests
{
    [Fact]
    public async Task Scrape_once_then_sources_add_and_list()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var stories = new[] { new Story("/s/1", "One", Paragraphs("one")), new Story("/s/2", "Two", Paragraphs("two")) };
        site.MapStories(stories);
        site.MapText("/feed.xml", Rss(site.BaseUrl, stories), "application/rss+xml");
        using var cli = new CliRunner();
        cli.Environment["Scraper__Sources__0__Name"] = "Local feed";
        cli.Environment["Scraper__Sources__0__Url"] = site.Url("/feed.xml").AbsoluteUri;
        cli.Environment["Scraper__PerHostDelayMs"] = "0";

        var scrape = await cli.RunAsync("scrape", "--once");
        var add = await cli.RunAsync("sources", "add", site.Url("/latest").AbsoluteUri, "--name", "Local listing", "--kind", "listing", "--selector", "li.story");
        var list = await cli.RunAsync("sources", "list");

        Assert.True(scrape.ExitCode == 0, scrape.Stderr);
        Assert.Contains("Local feed: ok — 2 new", scrape.Stdout);
        Assert.Equal(2, site.CountRequests("/s/1") + site.CountRequests("/s/2"));
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.Contains("Added source 2: Local listing (Listing)", add.Stdout);
        Assert.Contains("[1] Local feed — ok", list.Stdout);
        Assert.Contains("items: 2 seen", list.Stdout);
        Assert.Contains("[2] Local listing — never run", list.Stdout);
    }

    [Theory]
    [InlineData("ftp://news.example.org/feed", "feed", "error: 'ftp://news.example.org/feed' is not an http(s) URL")]
    [InlineData("https://news.example.org/feed", "rss", "error: --kind must be feed, listing or sitemap, not 'rss'")]
    [InlineData("https://news.example.org/latest", "listing", "error: a listing source needs a link selector")]
    public async Task Sources_add_refuses_bad_input_with_one_line(string url, string kind, string expected)
    {
        using var cli = new CliRunner();
        cli.Environment["Scraper__Sources__0__Url"] = "https://news.example.org/configured.xml"; // no default seeding

        var result = await cli.RunAsync("sources", "add", url, "--kind", kind);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.Stderr.Trim());
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
