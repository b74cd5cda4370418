using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>SSRF guard and robots.txt against a local site.</summary>
public class FetcherSafetyTests
{
    [Fact]
    public async Task Private_addresses_are_refused_by_default()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/page", "<p>internal</p>");
        await using var harness = new ScraperHarness(new() { ["Scraper:AllowPrivateAddresses"] = "false" });

        var result = await harness.Fetcher().FetchAsync(site.Url("/page"), null, CancellationToken.None);

        Assert.Equal("refused: 127.0.0.1 resolves to a private address (127.0.0.1)", result.Error);
        Assert.False(result.Retryable);
        Assert.Empty(site.Requests); // not even robots.txt reached the server
    }

    [Fact]
    public async Task A_hostname_is_checked_on_its_resolved_address()
    {
        await using var site = await LocalNewsSite.StartAsync();
        await using var harness = new ScraperHarness(new() { ["Scraper:AllowPrivateAddresses"] = "false" });
        var viaName = new UriBuilder(site.Url("/page")) { Host = "localhost" }.Uri;

        var result = await harness.Fetcher().FetchAsync(viaName, null, CancellationToken.None);

        Assert.StartsWith("refused: localhost resolves to a private address", result.Error);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Robots_disallowed_pages_are_not_fetched()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        site.MapText("/private/memo", "<p>secret</p>");
        site.MapText("/public/story", "<p>story</p>");
        await using var harness = new ScraperHarness();
        var fetcher = harness.Fetcher();

        var refused = await fetcher.FetchAsync(site.Url("/private/memo"), null, CancellationToken.None);
        var allowed = await fetcher.FetchAsync(site.Url("/public/story"), null, CancellationToken.None);

        Assert.Equal("refused: robots.txt of 127.0.0.1 disallows /private/memo", refused.Error);
        Assert.True(allowed.Succeeded, allowed.Error);
        Assert.Equal(0, site.CountRequests("/private/memo"));
        Assert.Equal(1, site.CountRequests("/robots.txt")); // cached for the host
    }

    [Fact]
    public async Task Crawl_delay_spaces_requests_to_one_host()
    {
        await using var site = await LocalNewsSite.StartAsync();
        await using var harness = new ScraperHarness();
        var seenAt = new List<DateTimeOffset>();
        site.MapText("/robots.txt", "User-agent: *\nCrawl-delay: 10\n", "text/plain");
        for (var i = 1; i <= 3; i++)
            site.Map($"/story/{i}", ctx =>
            {
                lock (seenAt) seenAt.Add(harness.Clock.GetUtcNow());
                return LocalNewsSite.Write(ctx, "<p>s</p>"u8.ToArray(), "text/html");
            });
        var fetcher = harness.Fetcher();

        for (var i = 1; i <= 3; i++) Assert.True((await fetcher.FetchAsync(site.Url($"/story/{i}"), null, CancellationToken.None)).Succeeded);

        Assert.Equal(3, seenAt.Count);
        Assert.True(seenAt[1] - seenAt[0] >= TimeSpan.FromSeconds(10), $"gap {seenAt[1] - seenAt[0]}");
        Assert.True(seenAt[2] - seenAt[1] >= TimeSpan.FromSeconds(10), $"gap {seenAt[2] - seenAt[1]}");
    }

    [Fact]
    public async Task Robots_answering_5xx_keeps_the_host_off_limits()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/robots.txt", "down", "text/plain", 503);
        site.MapText("/story", "<p>s</p>");
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/story"), null, CancellationToken.None);

        Assert.Contains("robots.txt answered HTTP 503", result.Error);
        Assert.Equal(0, site.CountRequests("/story"));
    }

    [Fact]
    public async Task Missing_robots_allows_everything()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/story", "<p>s</p>");
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/story"), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, site.CountRequests("/robots.txt"));
    }
}
