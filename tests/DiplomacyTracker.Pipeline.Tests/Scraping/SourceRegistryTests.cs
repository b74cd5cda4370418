using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Tests.Scraping;

public class SourceRegistryTests
{
    [Theory]
    [InlineData("ftp://news.example.org/feed", SourceKind.Feed, null, null, "is not an http(s) URL")]
    [InlineData("not a url", SourceKind.Feed, null, null, "is not an http(s) URL")]
    [InlineData("https://news.example.org/latest", SourceKind.Listing, null, null, "needs a link selector")]
    [InlineData("https://news.example.org/latest", SourceKind.Listing, "h2[[[", null, "is not a valid CSS selector")]
    [InlineData("https://news.example.org/feed", SourceKind.Feed, null, "Mars/Olympus", "unknown time zone")]
    public async Task Unusable_input_is_refused_with_a_clear_message(string url, SourceKind kind, string? selector, string? zone, string expected)
    {
        await using var harness = new ScraperHarness();
        using var scope = harness.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<SourceRegistry>();

        var error = await Assert.ThrowsAsync<SourceInputException>(() => registry.AddAsync(new SourceInput(url, null, kind, selector, null, zone)));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_url_cannot_be_added_twice()
    {
        await using var harness = new ScraperHarness();
        using var scope = harness.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<SourceRegistry>();
        var first = await registry.AddAsync(new SourceInput("https://news.example.org/feed.xml"));

        var error = await Assert.ThrowsAsync<SourceInputException>(() => registry.AddAsync(new SourceInput("https://news.example.org/feed.xml", "Again")));

        Assert.Equal("https://news.example.org/feed.xml is already a source", error.Message);
        Assert.Equal("news.example.org", first.Name);
        Assert.Equal("never run", first.Status);
        Assert.Equal("Asia/Seoul", first.TimeZone); // no zone named: Korea time, as the Sources form proposes
    }

    [Fact]
    public async Task Paused_sources_are_skipped_and_scrape_now_makes_a_source_due_at_once()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/feed.xml", Rss(site.BaseUrl, []), "application/rss+xml");
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        using var scope = harness.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<SourceRegistry>();

        await registry.SetPausedAsync(id, true);
        Assert.Empty(await harness.Pass().RunAsync(CancellationToken.None));
        Assert.Equal("paused", (await registry.GetAsync(id))!.Status);

        await registry.SetPausedAsync(id, false);
        Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
        Assert.Empty(await harness.Pass().RunAsync(CancellationToken.None)); // next check is 30 minutes away

        await registry.RequestScrapeAsync(id);
        Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
        var health = (await registry.ListAsync()).Single();
        Assert.Equal("ok", health.Status);
        Assert.False(health.ScrapeRequested);
        Assert.Equal(2, site.CountRequests("/feed.xml"));
    }

    [Fact]
    public async Task Update_changes_the_url_and_forgets_its_validators()
    {
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(new Uri("https://news.example.org/feed.xml"));
        await using (var db = harness.Db())
            await db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ETag, "\"old\""));
        using var scope = harness.Services.CreateScope();

        var updated = await scope.ServiceProvider.GetRequiredService<SourceRegistry>()
            .UpdateAsync(id, new SourceInput("https://news.example.org/rss/all.xml", "News", SourceKind.Feed, null, "div.body", "Asia/Seoul", 15));

        Assert.Equal(("News", "https://news.example.org/rss/all.xml", "Asia/Seoul", 15, "div.body"),
            (updated.Name, updated.Url, updated.TimeZone, updated.IntervalMinutes, updated.ContentSelector));
        Assert.Null((await harness.SourceAsync(id)).ETag);
    }

    [Fact]
    public async Task First_start_seeds_the_default_sources_once()
    {
        await using var harness = new ScraperHarness();
        using var scope = harness.Services.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<SourceSeeder>();

        var first = await seeder.SeedAsync();
        var second = await seeder.SeedAsync();

        Assert.Equal(8, first);
        Assert.Equal(0, second);
        await using var db = harness.Db();
        var yonhap = await db.Sources.SingleAsync(s => s.Url == "https://en.yna.co.kr/RSS/nk.xml");
        Assert.Equal("Asia/Seoul", yonhap.TimeZone);
        Assert.Equal(SourceKind.Feed, yonhap.Kind);
        Assert.Contains(await db.Sources.Select(s => s.Url).ToListAsync(), u => u == "https://www.state.gov/rss-feed/press-releases/feed/");
    }

    [Fact]
    public async Task Configured_sources_replace_the_defaults_and_are_not_seeded_over_existing_ones()
    {
        await using var harness = new ScraperHarness(new()
        {
            ["Scraper:Sources:0:Name"] = "Intranet listing",
            ["Scraper:Sources:0:Url"] = "https://intranet.example/news",
            ["Scraper:Sources:0:Kind"] = "listing",
            ["Scraper:Sources:0:LinkSelector"] = "h3 a",
            ["Scraper:Sources:0:IntervalMinutes"] = "15",
        });
        using var scope = harness.Services.CreateScope();

        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SourceSeeder>().SeedAsync());

        var only = await harness.SourceAsync((await harness.Db().Sources.SingleAsync()).Id);
        Assert.Equal((SourceKind.Listing, "h3 a", 15), (only.Kind, only.LinkSelector, only.IntervalMinutes));
    }
}
