using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacyTracker.Tests.Scraping.NewsPages;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>Two scrapers (web app + `scrape --once`) must never work one source at once.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public class SourceLeaseTests
{
    [Fact]
    public async Task A_second_pass_skips_a_source_the_first_is_working()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var story = new Story("/s/1", "One", Paragraphs("one"));
        site.MapStories([story]);
        var feedRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Map("/feed.xml", async ctx =>
        {
            feedRequested.TrySetResult();
            await release.Task;
            await LocalNewsSite.Write(ctx, Utf8(Rss(site.BaseUrl, [story])), "application/rss+xml");
        });
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        var webApp = harness.Pass();
        var cli = ActivatorUtilities.CreateInstance<ScrapePass>(harness.Services);
        Assert.NotEqual(webApp.Owner, cli.Owner);

        var first = webApp.RunAsync(CancellationToken.None);
        await feedRequested.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var second = await cli.RunAsync(CancellationToken.None);           // runs while the first holds the lease
        var direct = await cli.RunSourceAsync(id, CancellationToken.None); // even when asked for that source by id
        release.SetResult();
        var firstResults = await first;

        Assert.Empty(second);
        Assert.Null(direct);
        Assert.Equal("ok", Assert.Single(firstResults).Outcome);
        Assert.Equal(1, site.CountRequests("/feed.xml"));
        var source = await harness.SourceAsync(id);
        Assert.Null(source.LeaseOwner); // released at the end
        Assert.Null(source.LeaseUntilUtc);
    }

    [Fact]
    public async Task Concurrent_acquisitions_have_exactly_one_winner()
    {
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(new Uri("https://news.example.org/feed.xml"));
        var now = harness.Clock.GetUtcNow().UtcDateTime;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var db = harness.Db();
            return await SourceLease.TryAcquireAsync(db, id, $"scraper-{i}", now, now.AddMinutes(10), CancellationToken.None);
        })));

        Assert.Equal(1, attempts.Count(won => won));
        var winner = $"scraper-{Array.IndexOf(attempts, true)}";
        Assert.Equal(winner, (await harness.SourceAsync(id)).LeaseOwner);
        await using (var db = harness.Db())
        {
            Assert.Equal(0, await SourceLease.ReleaseAsync(db, id, "someone-else", CancellationToken.None)); // only the holder releases
            Assert.Equal(1, await SourceLease.ReleaseAsync(db, id, winner, CancellationToken.None));
        }
    }

    [Fact]
    public async Task An_expired_lease_left_by_a_crashed_scraper_is_taken_over()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/feed.xml", Rss(site.BaseUrl, []), "application/rss+xml");
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        await using (var db = harness.Db())
            await db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, "live").SetProperty(s => s.LeaseUntilUtc, now.AddMinutes(5)));

        Assert.Empty(await harness.Pass().RunAsync(CancellationToken.None));

        harness.Clock.Advance(TimeSpan.FromMinutes(6)); // the holder never came back
        Assert.Equal("ok", Assert.Single(await harness.Pass().RunAsync(CancellationToken.None)).Outcome);
    }
}
