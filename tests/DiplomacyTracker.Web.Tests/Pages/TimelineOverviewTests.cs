using System.Data.Common;
using DiplomacyTracker.Data;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Pages;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The per-year strip counts by Korean calendar year: New Year's Eve evening in Seoul is still the old year, its small hours the new one.</summary>
public sealed class TimelineOverviewTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private static FuzzyDate At(int y, int m, int d, int hourUtc) =>
        FuzzyDate.FromInstant(new DateTimeOffset(y, m, d, hourUtc, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Years_are_Korean_years_and_every_statement_counts_once()
    {
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Year boundary", StoreSeed.Day(2031, 1, 2),
            new StoreSeed.Quote("kim-jong-un", "Said on New Year's Eve evening in Seoul.", At(2030, 12, 31, 11)),
            new StoreSeed.Quote("kim-jong-un", "Said in the small hours of New Year's Day in Seoul.", At(2030, 12, 31, 16)),
            new StoreSeed.Quote("kim-jong-un", "Said later that January.", At(2031, 1, 20, 3))));
        var doc = await Editors.Anonymous(factory).GetDocumentAsync("/");
        string Year(string y) => doc.QuerySelectorAll(".overview li").Single(li => li.QuerySelector("a")!.TextContent == y).TextContent;
        Assert.Contains("1 statements", Year("2030"));
        Assert.Contains("2 statements", Year("2031"));
    }

    [Fact]
    public async Task A_saved_article_shows_in_the_counts_on_the_next_view()
    {
        var clock = new SteppedClock();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        // 2033 is absent, or an empty year between two others (every year between the first and the last is shown).
        Assert.DoesNotContain((await client.GetDocumentAsync("/")).QuerySelectorAll(".overview li"), li => li.QuerySelector("a")!.TextContent == "2033" && !li.TextContent.Contains(": 0 statements"));
        clock.Advance(TimeSpan.FromSeconds(2.2)); // past the two seconds within which a burst of saves shares one recount
        await using (var scope = app.Services.CreateAsyncScope())
            await StoreSeed.ArticleAsync(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), "A later year", StoreSeed.Day(2033, 5, 5),
                new StoreSeed.Quote("kim-jong-un", "Said in 2033.", StoreSeed.Day(2033, 5, 5)));
        var after = await client.GetDocumentAsync("/?fresh=1");
        Assert.Contains("1 statements", after.QuerySelectorAll(".overview li").Single(li => li.QuerySelector("a")!.TextContent == "2033").TextContent);
    }

    [Fact]
    public async Task A_count_begun_before_a_save_is_not_served_after_it()
    {
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Before the race", StoreSeed.Day(2034, 2, 2),
            new StoreSeed.Quote("kim-jong-un", "Said in 2034.", StoreSeed.Day(2034, 2, 2))));
        var gate = new HoldFirstClose();
        var services = new ServiceCollection()
            .AddDbContext<TrackerDbContext>(o => StoreRegistration.Configure(o.AddInterceptors(gate), $"Data Source={factory.DatabasePath}"))
            .BuildServiceProvider();
        var overview = new TimelineOverview(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);

        var before = overview.GetAsync();   // counts, then waits at the gate with its (old) counts
        await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "During the race", StoreSeed.Day(2035, 3, 3),
            new StoreSeed.Quote("kim-jong-un", "Said in 2035.", StoreSeed.Day(2035, 3, 3))));
        overview.Invalidate();              // what the save interceptors do
        var after = await overview.GetAsync().WaitAsync(TimeSpan.FromSeconds(60));
        gate.Release.SetResult();
        var old = await before.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain(old, y => y.Year == "2035");
        Assert.Contains(after, y => y.Year == "2035" && y.Statements == 1);
        Assert.Contains(await overview.GetAsync(), y => y.Year == "2035"); // the late, older count did not replace it
    }

    /// <summary>Holds the first refresh after it has counted (at its connection's close) until the test releases it.</summary>
    private sealed class HoldFirstClose : DbConnectionInterceptor
    {
        private int _closes;
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            if (Interlocked.Increment(ref _closes) == 1)
            {
                Reached.SetResult();
                await Release.Task;
            }
            return result;
        }
    }
}
