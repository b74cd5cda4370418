using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Failing sources and items: clear errors, backoff, retries, isolation from the healthy sources.</summary>
public class ScrapeFailureTests
{
    [Fact]
    public async Task Invalid_xml_fails_its_source_with_a_clear_error_and_others_are_still_scraped()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var story = new Story("/good/1", "Good story", Paragraphs("good"));
        site.MapStories([story]);
        site.MapText("/good.xml", Rss(site.BaseUrl, [story]), "application/rss+xml");
        site.MapText("/broken.xml", "<rss><channel><item><title>Half</item></rss>", "application/rss+xml");
        await using var harness = new ScraperHarness();
        var good = await harness.AddSourceAsync(site.Url("/good.xml"));
        var broken = await harness.AddSourceAsync(site.Url("/broken.xml"));

        var results = await harness.Pass().RunAsync(CancellationToken.None);

        Assert.Equal("ok", results.Single(r => r.SourceId == good).Outcome);
        var failed = await harness.SourceAsync(broken);
        Assert.StartsWith($"{site.Url("/broken.xml")}: invalid XML at line 1", failed.LastError);
        Assert.Equal(1, failed.ConsecutiveFailures);
        Assert.Null(failed.ETag);
        await using var db = harness.Db();
        Assert.Single(await db.Articles.ToListAsync());
        using var scope = harness.Services.CreateScope();
        var health = await scope.ServiceProvider.GetRequiredService<SourceRegistry>().ListAsync();
        Assert.Equal("failing (1)", health.Single(h => h.Id == broken).Status);
        Assert.Equal("ok", health.Single(h => h.Id == good).Status);
    }

    [Fact]
    public async Task A_failing_source_backs_off_exponentially_up_to_the_cap_and_is_never_disabled()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/down.xml", "maintenance", "text/plain", 500);
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxRetries"] = "1", ["Scraper:MaxBackoffHours"] = "3" });
        var id = await harness.AddSourceAsync(site.Url("/down.xml")); // every 30 minutes
        var gaps = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var source = await harness.SourceAsync(id);
            harness.Clock.Advance(source.NextCheckUtc - harness.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
            var result = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
            Assert.StartsWith("failed: HTTP 500", result.Outcome);
            var after = await harness.SourceAsync(id);
            gaps.Add(after.NextCheckUtc - harness.Clock.GetUtcNow().UtcDateTime);
        }

        var minutes = gaps.Select(g => g.TotalMinutes).ToList();
        Assert.InRange(minutes[0], 30, 33.5);
        Assert.InRange(minutes[1], 60, 66.5);
        Assert.InRange(minutes[2], 120, 132.5);
        Assert.InRange(minutes[3], 180, 198.5); // capped at 3 h (+ jitter)
        Assert.InRange(minutes[4], 180, 198.5);
        var final = await harness.SourceAsync(id);
        Assert.Equal(5, final.ConsecutiveFailures);
        Assert.False(final.IsPaused);
        Assert.Equal(10, site.CountRequests("/down.xml")); // each pass: 1 try + 1 retry
    }

    [Fact]
    public async Task A_failed_item_is_recorded_and_retried_later_until_it_succeeds()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var story = new Story("/s/flaky", "Flaky", Paragraphs("flaky"));
        var healthy = false;
        site.Map("/s/flaky", ctx => healthy
            ? LocalNewsSite.Write(ctx, Utf8(Article(story.Title, story.Body)), "text/html")
            : LocalNewsSite.Write(ctx, "error"u8.ToArray(), "text/plain", 502));
        site.MapText("/feed.xml", Rss(site.BaseUrl, [story]), "application/rss+xml");
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxRetries"] = "1" });
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));

        var first = Assert.Single(await harness.Pass().RunAsync(CancellationToken.None));
        Assert.Equal("ok", first.Outcome); // the listing was fine; the item failure is counted, not the source's
        await using (var db = harness.Db())
        {
            var item = await db.FeedItems.SingleAsync();
            Assert.Equal(FeedItemState.Failed, item.State);
            Assert.Contains("HTTP 502", item.LastError);
            Assert.True(item.NextAttemptUtc > harness.Clock.GetUtcNow().UtcDateTime);
            Assert.Equal(1, (await harness.SourceAsync(id)).ItemsFailed);
        }

        healthy = true;
        harness.Clock.Advance(TimeSpan.FromMinutes(31)); // source due again, item's 10-minute backoff over
        await harness.Pass().RunAsync(CancellationToken.None);

        await using (var db = harness.Db())
        {
            var item = await db.FeedItems.SingleAsync();
            Assert.True(item.State is FeedItemState.Stored or FeedItemState.Irrelevant, $"{item.State}: {item.LastError}");
            Assert.Equal(2, item.Attempts);
            Assert.Single(await db.Articles.ToListAsync());
        }
        Assert.Equal(0, (await harness.SourceAsync(id)).ItemsFailed);
    }

    [Fact]
    public async Task A_hanging_source_times_out_without_holding_up_the_others()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var story = new Story("/ok/1", "Fine", Paragraphs("fine"));
        site.MapStories([story]);
        site.MapText("/ok.xml", Rss(site.BaseUrl, [story]), "application/rss+xml");
        site.Map("/hang.xml", async ctx =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted); } catch (OperationCanceledException) { }
        });
        await using var harness = new ScraperHarness(new() { ["Scraper:SourceTimeoutSeconds"] = "5", ["Scraper:RequestTimeoutSeconds"] = "30" });
        var hanging = await harness.AddSourceAsync(site.Url("/hang.xml"));
        var fine = await harness.AddSourceAsync(site.Url("/ok.xml"));

        var results = await harness.Pass().RunAsync(CancellationToken.None);

        Assert.Equal("ok", results.Single(r => r.SourceId == fine).Outcome);
        Assert.Equal("failed: timed out after 5 s", results.Single(r => r.SourceId == hanging).Outcome);
        Assert.Equal("timed out after 5 s", (await harness.SourceAsync(hanging)).LastError);
    }

    [Fact]
    public async Task A_robots_disallowed_feed_fails_with_the_reason()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/robots.txt", "User-agent: *\nDisallow: /feeds/\n", "text/plain");
        site.MapText("/feeds/all.xml", "<rss/>", "application/rss+xml");
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feeds/all.xml"));

        await harness.Pass().RunAsync(CancellationToken.None);

        Assert.Equal("refused: robots.txt of 127.0.0.1 disallows /feeds/all.xml", (await harness.SourceAsync(id)).LastError);
        Assert.Equal(0, site.CountRequests("/feeds/all.xml"));
    }
}
