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

    [Fact]
    public async Task Scrape_source_and_all_now_check_sources_that_are_not_due()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/a.xml", Rss(site.BaseUrl, []), "application/rss+xml");
        site.MapText("/b.xml", Rss(site.BaseUrl, []), "application/rss+xml");
        using var cli = new CliRunner();
        cli.Environment["Scraper__Sources__0__Name"] = "Feed A";
        cli.Environment["Scraper__Sources__0__Url"] = site.Url("/a.xml").AbsoluteUri;
        cli.Environment["Scraper__Sources__1__Name"] = "Feed B";
        cli.Environment["Scraper__Sources__1__Url"] = site.Url("/b.xml").AbsoluteUri;
        cli.Environment["Scraper__PerHostDelayMs"] = "0";
        Assert.Equal(0, (await cli.RunAsync("scrape", "--once")).ExitCode); // both checked; neither is due again for 30 min

        var notDue = await cli.RunAsync("scrape", "--once");
        var one = await cli.RunAsync("scrape", "--source", "2");
        var all = await cli.RunAsync("scrape", "--all-now");
        var unknown = await cli.RunAsync("scrape", "--source", "9");

        Assert.Contains("No source is due.", notDue.Stdout);
        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.Equal("Feed B: ok — 0 new, 0 stored, 0 duplicate, 0 irrelevant, 0 failed, 0 skipped", one.Stdout.Trim());
        Assert.True(all.ExitCode == 0, all.Stderr);
        Assert.Contains("Feed A: ok", all.Stdout);
        Assert.Contains("Feed B: ok", all.Stdout);
        Assert.Equal(2, site.CountRequests("/a.xml"));
        Assert.Equal(3, site.CountRequests("/b.xml"));
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("error: no source with id 9", unknown.Stderr);
    }

    [Fact]
    public async Task Sources_that_cannot_be_reached_get_one_line_each_and_one_hint()
    {
        using var cli = new CliRunner();
        cli.Environment["Scraper__Sources__0__Name"] = "Closed port";
        cli.Environment["Scraper__Sources__0__Url"] = "http://127.0.0.1:9/feed.xml"; // discard port: refused at once
        cli.Environment["Scraper__MaxRetries"] = "0";

        var result = await cli.RunAsync("scrape", "--once");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Closed port: failed: network error", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("hint: no source could be reached", line);
    }
}
