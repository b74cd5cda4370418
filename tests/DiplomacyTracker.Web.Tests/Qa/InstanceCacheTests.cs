using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>
/// Two instances of the app on one store (in process, each with its own caches): a save made through one shows on the
/// other's summit list, timeline, API, actor names and statement counts within the documented bound — the other
/// instance's clock moved on by <see cref="StoreChangeWatch.CheckEvery"/>, no sleeping (the output cache's own 10 s
/// and the snapshots' 60 s have not passed). The caches hold every summit, the actor names and the per-month counts
/// "until the next save", which an instance only learns of for another instance's saves through the store.
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class InstanceCacheTests(TrackerWebFactory instanceA) : IClassFixture<TrackerWebFactory>
{
    private const string Before = "Instance test: talks in Panmunjom";
    private const string After = "Instance test: talks moved to Seoul";
    private const string NewActor = "Aardvark Instancetest";

    [Fact]
    public async Task A_save_on_one_instance_shows_on_the_other_within_the_bound()
    {
        var summitId = await instanceA.WithDbAsync(async db =>
        {
            var summit = new Summit
            {
                Title = Before, Status = SummitStatus.Planned, Start = StoreSeed.Day(2030, 1, 15), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            };
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return summit.Id;
        });
        var clockB = new SteppedClock();
        using var instanceB = instanceA.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clockB)));
        var b = instanceB.CreateClient(new() { AllowAutoRedirect = false });

        // Instance B loads and caches what it shows.
        Assert.Contains(Before, await b.GetStringAsync("/Summits"));
        Assert.Contains(Before, await b.GetStringAsync("/api/summits?pageSize=200"));
        var timeline = await b.GetStringAsync("/");
        Assert.Contains(Before, timeline);
        Assert.DoesNotContain(NewActor, timeline);
        Assert.DoesNotContain("\"2031-03\"", await b.GetStringAsync("/api/timeline"));

        // Instance A: the summit renamed, a new official, a statement in a new month.
        await instanceA.WithDbAsync(async db =>
        {
            (await db.Summits.SingleAsync(s => s.Id == summitId)).Title = After;
            db.Actors.Add(new Actor
            {
                Name = NewActor, Slug = "aardvark-instancetest", Country = "KR", Kind = ActorKind.Person, Origin = ActorOrigin.Discovered,
                CreatedUtc = DateTime.UtcNow, Aliases = { new ActorAlias { Text = NewActor, Normalized = ActorCatalog.NormalizeName(NewActor) } },
            });
            await db.SaveChangesAsync();
        });
        await instanceA.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Instance test article", StoreSeed.Day(2031, 3, 3),
            new StoreSeed.Quote("kim-jong-un", "Said in March 2031 for the instance test.", StoreSeed.Day(2031, 3, 3))));

        // The documented bound (docs/deployment.md): B's next request after it notices the change.
        clockB.Advance(StoreChangeWatch.CheckEvery);

        var summits = await b.GetStringAsync("/Summits");
        Assert.Contains(After, summits);
        Assert.DoesNotContain(Before, summits);
        Assert.Contains(After, await b.GetStringAsync("/api/summits?pageSize=200")); // the same URL, cached before
        timeline = await b.GetStringAsync("/");
        Assert.Contains(After, timeline);
        Assert.Contains($"<option value=\"{NewActor}\">", timeline); // the name box's list of officials
        Assert.Contains("\"2031-03\"", await b.GetStringAsync("/api/timeline"));
    }
}
