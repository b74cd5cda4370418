using System.Text.Json;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>
/// Every count by month is a count by Seoul's month, on both providers: a statement said on 1 January 2024 in Seoul
/// (31 December 2023, 15:00 UTC) counts in 2024-01 — in the charts of a word search, of an official and of a country,
/// in the visual timeline's data (shared counts and one actor's), and in a date-filtered download. A count made in UTC
/// (or in the database session's time zone) puts it in December.
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class KstMonthTests(KstMonthTests.Fixture store) : IClassFixture<KstMonthTests.Fixture>
{
    private const string Word = "Quinquereme";

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            _ = Server;
            await WithDbAsync(db => StoreSeed.ArticleAsync(db, "Kim on the turn of the year", StoreSeed.Day(2024, 1, 1),
                new StoreSeed.Quote("kim-jong-un", $"The {Word} will sail on the last day of the year.", StoreSeed.Day(2023, 12, 31)),
                new StoreSeed.Quote("kim-jong-un", $"The {Word} sailed on the first day of the year.", StoreSeed.Day(2024, 1, 1))));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static readonly string[] TurnOfTheYear = ["2023-12: 1", "2024-01: 1"];

    [Theory]
    [InlineData("/Charts?q=" + Word)]
    [InlineData("/Charts?speaker=kim-jong-un")]
    [InlineData("/Charts?country=KP&q=" + Word)]
    public async Task Charts_count_by_Seoul_month(string url)
    {
        var doc = await Editors.Anonymous(store).GetDocumentAsync(url);
        var bars = doc.QuerySelectorAll("svg.chart-wide").First().QuerySelectorAll("rect title").Select(t => t.TextContent)
            .Where(t => t.StartsWith("2023-12", StringComparison.Ordinal) || t.StartsWith("2024-01", StringComparison.Ordinal)).ToArray();
        Assert.Equal(TurnOfTheYear, bars);
    }

    [Theory]
    [InlineData("/api/timeline")]
    [InlineData("/api/timeline?actor=kim-jong-un")]
    [InlineData("/api/timeline?country=KP")]
    public async Task The_visual_timeline_counts_by_Seoul_month(string url)
    {
        var json = JsonDocument.Parse(await Editors.Anonymous(store).GetStringAsync(url)).RootElement;
        var months = json.GetProperty("statementsPerMonth").EnumerateArray()
            .Select(m => $"{m.GetProperty("month").GetString()}: {m.GetProperty("statements").GetInt32()}").ToArray();
        Assert.Equal(TurnOfTheYear, months);
    }

    [Fact]
    public async Task A_month_filter_is_Seouls_month()
    {
        var client = Editors.Anonymous(store);
        var january = JsonDocument.Parse(await client.GetStringAsync("/api/statements?from=2024-01&to=2024-01")).RootElement;
        var item = Assert.Single(january.GetProperty("items").EnumerateArray());
        Assert.Equal("2024-01-01", item.GetProperty("said").GetProperty("iso").GetString());
        var csv = await client.GetStringAsync($"/export/statements.csv?q={Word}&from=2023-12&to=2023-12");
        Assert.Contains("2023-12-31", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-01-01", csv, StringComparison.Ordinal);
        var atom = await client.GetStringAsync($"/feeds/statements.atom?q={Word}");
        Assert.Contains("<updated>2023-12-31T15:00:00Z</updated>", atom, StringComparison.Ordinal);
    }
}
