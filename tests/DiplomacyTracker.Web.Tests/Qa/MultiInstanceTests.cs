using System.Diagnostics;
using System.Net;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Tests.Scraping;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static DiplomacyTracker.Tests.Scraping.NewsPages;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>
/// Two web instances and one CLI `scrape --once` on one PostgreSQL store and a local news site, as the built programs
/// (child processes, docs/deployment.md): one instance is killed in the middle of its pass; every story ends up stored
/// exactly once; a sign-in made on one instance is valid on the other (Data Protection keys in the store); an edit
/// on one shows on the other's cached reading pages within <see cref="ReadingPageCache.Duration"/>.
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class MultiInstanceTests
{
    private const int Feeds = 3;
    private const int StoriesPerFeed = 3;

    [PostgresFact]
    public async Task Two_instances_and_a_cli_scrape_share_one_store()
    {
        using var database = new PostgresTestDatabase();
        await using var site = await LocalNewsSite.StartAsync();
        var stories = new List<Story>();
        for (var f = 0; f < Feeds; f++)
        {
            var feed = Enumerable.Range(0, StoriesPerFeed)
                .Select(i => new Story($"/f{f}/story-{i}", $"Feed {f} story {i}", DistinctBody(f * 100 + i))).ToList();
            stories.AddRange(feed);
            // Slow pages keep each pass busy long enough to kill an instance in the middle of it.
            foreach (var s in feed)
                site.Map(s.Path, async ctx => { await Task.Delay(200); await LocalNewsSite.Write(ctx, Utf8(Article(s.Title, s.Body)), "text/html; charset=utf-8"); });
            site.MapText($"/f{f}/rss.xml", Rss(site.BaseUrl, feed), "application/rss+xml");
        }

        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, database.Settings);
        int statementId;
        await using (var db = new TrackerDbContext(options.Options))
        {
            await new DatabaseInitializer(db, TimeProvider.System, NullLogger<DatabaseInitializer>.Instance).InitializeAsync();
            for (var f = 0; f < Feeds; f++)
                db.Sources.Add(new Source
                {
                    Name = $"Feed {f}", Url = site.Url($"/f{f}/rss.xml").AbsoluteUri, Kind = SourceKind.Feed, TimeZone = "Asia/Seoul",
                    IntervalMinutes = 60, CreatedUtc = DateTime.UtcNow, NextCheckUtc = DateTime.UtcNow.AddDays(1), // due later, below
                });
            await db.SaveChangesAsync();
            var seeded = await StoreSeed.ArticleAsync(db, "Harbour talks", StoreSeed.Day(2025, 8, 25),
                new StoreSeed.Quote("lee-jae-myung", "Lee said the ferry talks would resume.", StoreSeed.Day(2025, 8, 25)));
            statementId = seeded.StatementIds[0];
            await db.SaveChangesAsync();
            Assert.True((await new EditorAccounts(db, TimeProvider.System).CreateAsync("both@example.org", Editors.Password)).Succeeded);
        }

        await using var a = await AppProcess.StartWebAsync(database.ConnectionString);
        // The first instance has made the key ring before the second starts (docs/deployment.md: start one first).
        var cookies = new CookieContainer();
        using var editorOnA = a.Client(cookies);
        await editorOnA.GetStringAsync("/Account/SignIn");
        await using var b = await AppProcess.StartWebAsync(database.ConnectionString);

        // Signed in on A, the same cookie is accepted by B.
        var signIn = await editorOnA.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string>
        {
            ["Email"] = "both@example.org", ["Password"] = Editors.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var editorOnB = b.Client(cookies);
        var onB = await editorOnB.GetAsync("/Account/Password");
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);

        // B caches an anonymous search; the edit made on A shows there within the cache's documented lifetime.
        using var readerOnB = b.Client();
        var card = $"#s{statementId}\"";
        Assert.DoesNotContain(card, await readerOnB.GetStringAsync("/Statements?q=harbourmaster"), StringComparison.Ordinal);

        // Now the sources fall due: both instances' scrapers and a CLI pass go for them at once.
        await using (var db = new TrackerDbContext(options.Options))
            await db.Sources.ExecuteUpdateAsync(u => u.SetProperty(x => x.NextCheckUtc, DateTime.UtcNow.AddMinutes(-1)));
        await using var cli = AppProcess.StartCli(database.ConnectionString, "scrape", "--once");
        var edit = await editorOnA.SubmitFormAsync($"/Statements/Edit/{statementId}", "main form", new Dictionary<string, string>
        {
            ["Speaker"] = "Lee Jae Myung", ["SpeakerText"] = "Harbourmaster Lee", ["Text"] = "Lee said the ferry talks would resume.", ["Kind"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var editedAt = Stopwatch.StartNew();
        while (!(await readerOnB.GetStringAsync("/Statements?q=harbourmaster")).Contains(card, StringComparison.Ordinal))
        {
            Assert.True(editedAt.Elapsed < ReadingPageCache.Duration + TimeSpan.FromSeconds(5), "the edit made on A did not show on B in time");
            await Task.Delay(250);
        }

        // Kill A while the scrape is under way (some stories stored, not all).
        string Logs() => $"A:\n{Tail(a.Output)}\nB:\n{Tail(b.Output)}\nCLI:\n{Tail(cli.Output)}";
        await WaitForAsync(options.Options, n => n >= 3, TimeSpan.FromSeconds(180), Logs);
        await a.DisposeAsync();
        Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromSeconds(180)));

        // B takes over the sources A held once their leases run out; every story ends up stored once.
        await WaitForAsync(options.Options, n => n >= stories.Count, TimeSpan.FromSeconds(180), Logs);
        await using var check = new TrackerDbContext(options.Options);
        var urls = await check.Articles.Where(x => x.SourceId != null).Select(x => x.Url!).ToListAsync();
        Assert.Equal(stories.Select(s => site.Url(s.Path).AbsoluteUri).Order(), urls.Order());
        Assert.Equal(0, await check.FeedItems.CountAsync(i => i.ArticleId == null && i.State != FeedItemState.Irrelevant));
        using var probe = b.Client();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health")).StatusCode);
    }

    /// <summary>A story of its own words (no near-duplicate of the others), about Seoul so that it is kept as relevant.</summary>
    private static string DistinctBody(int seed)
    {
        string[] words = ["envoy", "ministry", "talks", "border", "summit", "treaty", "sanctions", "delegation", "harbour", "railway",
            "missile", "aid", "tariff", "visit", "statement", "ceasefire", "exports", "forum", "alliance", "drill", "budget", "vote",
            "embassy", "reunion", "families", "factory", "bridge", "typhoon", "festival", "satellite", "grain", "fishing", "energy"];
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, 4).Select(p => string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)])) + ".");
        return $"Officials in Seoul said on Saturday that talks with Pyongyang would continue (report {seed}).\n\n" + string.Join("\n\n", paragraphs);
    }

    private static string Tail(string output) => output.Length <= 3000 ? output : output[^3000..];

    private static async Task WaitForAsync(DbContextOptions<TrackerDbContext> options, Func<int, bool> done, TimeSpan limit, Func<string> logs)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = new TrackerDbContext(options))
                if (done(await db.Articles.CountAsync(x => x.SourceId != null))) return;
            Assert.True(clock.Elapsed < limit, "the scrape did not get there in time\n" + logs());
            await Task.Delay(200);
        }
    }
}
