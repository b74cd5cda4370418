using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Which feed items are the same story: a GUID reused for another link is another story, and nothing the feed lists goes uncounted.</summary>
public class ScrapeFeedIdentityTests
{
    [Fact]
    public async Task Items_sharing_a_guid_with_different_links_are_stored_as_different_articles()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var first = new Story("/politics/envoy", "Envoy meets Cho", Paragraphs("envoy"), Guid: "https://site.example/");
        var second = new Story("/politics/summit", "Summit date set", Paragraphs("summit date"), Guid: "https://site.example/");
        site.MapStories([first, second]);
        var feed = Rss(site.BaseUrl, [first, second]).Replace("</channel>", "<item><title>No link at all</title></item></channel>");
        site.MapText("/feed.xml", feed, "application/rss+xml");
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));

        var run = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));

        Assert.Equal("ok", run.Outcome);
        Assert.Equal(2, run.NewItems);
        Assert.Equal(1, run.Skipped); // the link-less item, counted and logged rather than silently gone
        await using var db = harness.Db();
        Assert.Equal(["Envoy meets Cho", "Summit date set"], await db.Articles.Where(a => a.SourceId == id).OrderBy(a => a.Title).Select(a => a.Title).ToListAsync());
        var items = await db.FeedItems.OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(["https://site.example/", $"https://site.example/ <{items[1].NormalizedUrl}>"], items.Select(i => i.Guid));
        Assert.All(items, i => Assert.True(i.State is FeedItemState.Stored or FeedItemState.Irrelevant, $"{i.Url}: {i.State} {i.LastError}"));

        // The next pass knows both: nothing new, nothing fetched again.
        harness.Clock.Advance(TimeSpan.FromMinutes(31));
        var again = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
        Assert.Equal(0, again.NewItems);
        Assert.Equal(1, site.CountRequests("/politics/summit"));
    }
}
