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

/// <summary>Issue 11 (7): a scraper killed on this host does not hold its sources until the lease runs out.</summary>
public class LeaseReclaimTests
{
    [Fact]
    public async Task A_lease_left_by_a_dead_process_on_this_host_is_taken_back_at_once()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/feed.xml", Rss(site.BaseUrl, []), "application/rss+xml");
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        // What `kill -9` during a scrape leaves: a lease for 11 more minutes, held by process 4242 of this host.
        var dead = new LeaseOwner(Environment.MachineName, 4242, 1_700_000_000_000, "gone").ToString();
        await using (var db = harness.Db())
            await db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, dead).SetProperty(s => s.LeaseUntilUtc, now.AddMinutes(11)));
        var pass = harness.Pass();
        pass.ProcessLookup = pid => pid == 4242 ? new LeaseOwner.ProcessSeen(false, null) : LeaseOwner.Look(pid);

        Assert.Equal("ok", Assert.Single(await pass.RunAsync(CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_reused_process_id_another_host_and_a_live_holder_are_told_apart()
    {
        await using var harness = new ScraperHarness();
        var sources = new List<int>();
        for (var i = 0; i < 4; i++) sources.Add(await harness.AddSourceAsync(new Uri($"https://news{i}.example.org/feed.xml")));
        var now = harness.Clock.GetUtcNow().UtcDateTime;
        var self = LeaseOwner.Parse(harness.Pass().Owner)!;
        var owners = new[]
        {
            new LeaseOwner(self.Host, 4242, 1_700_000_000_000, "reused"), // pid 4242 now belongs to a process started later
            new LeaseOwner("another-host", 4242, 1_700_000_000_000, "elsewhere"), // cannot be checked from here: waits for expiry
            self with { Instance = "live" }, // this very process: alive
            new LeaseOwner(self.Host, 4343, 1_700_000_000_000, "gone"),
        };
        await using (var db = harness.Db())
            for (var i = 0; i < 4; i++)
            {
                var owner = owners[i].ToString();
                await db.Sources.Where(s => s.Id == sources[i]).ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, owner).SetProperty(s => s.LeaseUntilUtc, now.AddMinutes(11)));
            }
        LeaseOwner.ProcessSeen Lookup(int pid) => pid switch
        {
            4242 => new(true, 1_700_000_900_000),
            4343 => new(false, null),
            _ => LeaseOwner.Look(pid),
        };

        await using (var db = harness.Db())
        {
            var freed = await SourceLease.ReclaimDeadAsync(db, self.Host, Lookup, CancellationToken.None);
            Assert.Equal([sources[0], sources[3]], freed.Order());
        }
        Assert.Equal("another-host", LeaseOwner.Parse((await harness.SourceAsync(sources[1])).LeaseOwner)!.Host);
        Assert.NotNull((await harness.SourceAsync(sources[2])).LeaseOwner);
    }

    [Fact]
    public async Task Leases_still_held_at_shutdown_are_released()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Map("/feed.xml", async ctx =>
        {
            requested.TrySetResult();
            await release.Task; // a source whose work outlives the host's shutdown time
            await LocalNewsSite.Write(ctx, Utf8(Rss(site.BaseUrl, [])), "application/rss+xml");
        });
        await using var harness = new ScraperHarness();
        var id = await harness.AddSourceAsync(site.Url("/feed.xml"));
        var pass = harness.Pass();
        var run = pass.RunAsync(CancellationToken.None);
        await requested.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(pass.Owner, (await harness.SourceAsync(id)).LeaseOwner);

        await pass.ReleaseAllAsync(); // what the web app's scraper and `scrape` do when they stop

        Assert.Null((await harness.SourceAsync(id)).LeaseOwner);
        release.SetResult();
        await run;
    }
}
