using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Stopping mid-pass loses nothing and half-writes nothing; sitemap indexes are followed one level.</summary>
public class ScrapeShutdownTests
{
    [Fact]
    public async Task Stopping_during_an_item_keeps_what_was_stored_and_leaves_the_rest_pending()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var stories = new[] { new Story("/s/1", "One", Paragraphs("one")), new Story("/s/2", "Two", Paragraphs("two")), new Story("/s/3", "Three", Paragraphs("three")) };
        site.MapStories([stories[0], stories[2]]);
        site.MapText("/feed.xml", Rss(site.BaseUrl, stories), "application/rss+xml");
        using var stop = new CancellationTokenSource();
        site.Map("/s/2", async ctx =>
        {
            stop.Cancel(); // Ctrl+C while the second page is being fetched
            try { await Task.Delay(TimeSpan.FromSeconds(10), ctx.RequestAborted); } catch (OperationCanceledException) { }
        });
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        var dueBefore = (await harness.SourceAsync(id)).NextCheckUtc;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Pass().RunAsync(stop.Token));

        await using var db = harness.Db();
        var items = await db.FeedItems.OrderBy(f => f.Url).ToListAsync();
        Assert.Equal(3, items.Count);
        Assert.True(items[0].State is FeedItemState.Stored or FeedItemState.Irrelevant);
        Assert.Equal(FeedItemState.Pending, items[1].State); // not failed: it was never finished
        Assert.Equal(FeedItemState.Pending, items[2].State);
        Assert.Single(await db.Articles.ToListAsync());
        var source = await harness.SourceAsync(id);
        Assert.Equal(dueBefore, source.NextCheckUtc); // still due, so the next start picks up where this one stopped
        Assert.Null(source.LeaseOwner);

        site.MapStories([stories[1]]); // the site answers normally again
        var resumed = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
        Assert.Equal(2, resumed.Stored + resumed.Irrelevant);
        Assert.Equal(3, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_sitemap_index_is_followed_one_level_deep()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var recent = new[] { new Story("/n/1", "Recent one", Paragraphs("recent one")), new Story("/n/2", "Recent two", Paragraphs("recent two")) };
        var older = new[] { new Story("/o/1", "Older", Paragraphs("older")) };
        site.MapStories(recent.Concat(older));
        site.MapText("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>{site.Url("/sitemap-older.xml")}</loc><lastmod>2026-10-01</lastmod></sitemap>
            <sitemap><loc>{site.Url("/sitemap-news.xml")}</loc><lastmod>2026-11-21</lastmod></sitemap>
            <sitemap><loc>{site.Url("/sitemap-nested-index.xml")}</loc><lastmod>2026-09-01</lastmod></sitemap>
            </sitemapindex>
            """, "application/xml");
        site.MapText("/sitemap-news.xml", Sitemap(site.BaseUrl, recent), "application/xml");
        site.MapText("/sitemap-older.xml", Sitemap(site.BaseUrl, older), "application/xml");
        site.MapText("/sitemap-nested-index.xml", $"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{site.Url("/deeper.xml")}</loc></sitemap></sitemapindex>""", "application/xml");
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxChildSitemaps"] = "3" });
        await harness.AddSourceAsync(site.Url("/sitemap.xml"), SourceKind.Sitemap);

        var result = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));

        Assert.Equal("ok", result.Outcome);
        Assert.Equal(3, result.NewItems);
        Assert.Equal(0, site.CountRequests("/deeper.xml"));
        await using var db = harness.Db();
        Assert.Equal(["Older", "Recent one", "Recent two"], (await db.Articles.Select(a => a.Title).ToListAsync()).Order());
    }
}
