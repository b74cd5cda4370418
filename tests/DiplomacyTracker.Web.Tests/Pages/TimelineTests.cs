using Microsoft.EntityFrameworkCore;
using DiplomacyTracker.Web.Tests.Infrastructure;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The timeline: month groups, filters in the query string, summit cards with precise dates, paging without loss.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class TimelineTests : IClassFixture<TimelineTests.Fixture>
{
    private readonly Fixture _f;

    public TimelineTests(Fixture fixture) => _f = fixture;

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        public const int ManyStatements = 120;
        public List<int> Bulk { get; } = [];

        public async Task InitializeAsync()
        {
            _ = Server;
            await WithDbAsync(async db =>
            {
                for (var batch = 0; batch < ManyStatements / 20; batch++)
                {
                    var quotes = Enumerable.Range(0, 20).Select(i =>
                    {
                        var n = batch * 20 + i;
                        return new StoreSeed.Quote("kim-jong-un", $"Bulk statement number {n}.", StoreSeed.Day(2024, 1 + n % 12, 1 + n % 27));
                    }).ToArray();
                    Bulk.AddRange((await StoreSeed.ArticleAsync(db, $"Bulk {batch}", StoreSeed.Day(2024, 12, 31), quotes)).StatementIds);
                }
                await StoreSeed.ArticleAsync(db, "Trump October", StoreSeed.Day(2025, 10, 20),
                    new StoreSeed.Quote("donald-trump", "Trump said October talks went well.", StoreSeed.Day(2025, 10, 20)));
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Filters_by_actor_kind_and_date_range_from_the_query_string()
    {
        var client = Editors.Anonymous(_f);
        var trump = await client.GetDocumentAsync("/?actor=donald-trump&kind=statements");
        var cards = trump.QuerySelectorAll(".statement-card");
        Assert.Single(cards);
        Assert.Contains("October talks", cards[0].TextContent);
        Assert.Equal("October 2025", trump.QuerySelector(".month")!.TextContent);

        var range = await client.GetDocumentAsync("/?kind=statements&from=2024-03&to=2024-03");
        Assert.All(range.QuerySelectorAll(".statement-card time"), t => Assert.EndsWith("Mar 2024", t.TextContent));
        Assert.Equal(_f.Bulk.Count / 12, range.QuerySelectorAll(".statement-card").Length);

        var none = await client.GetDocumentAsync("/?kind=summits&status=Cancelled&from=1990&to=1990");
        Assert.Contains("Nothing matches", none.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task Summits_show_as_cards_with_status_and_precision()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/?kind=summits");
        var card = doc.QuerySelector(".summit-card");
        Assert.NotNull(card);
        Assert.NotNull(card.QuerySelector(".badge"));
        Assert.Matches(@"\d{4}", card.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task Paging_walks_every_item_once_with_at_most_fifty_per_page()
    {
        var client = Editors.Anonymous(_f);
        var seen = new List<int>();
        var url = "/?actor=kim-jong-un&kind=statements";
        var pages = 0;
        while (url is not null && pages < 10)
        {
            var doc = await client.GetDocumentAsync(url);
            var ids = doc.QuerySelectorAll(".statement-card blockquote").Select(b => int.Parse(b.GetAttribute("cite")!.Split("#s")[1])).ToList();
            Assert.True(ids.Count <= 50);
            seen.AddRange(ids);
            url = doc.QuerySelector("a[rel=next]")?.GetAttribute("href");
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(_f.Bulk.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Paging_the_whole_timeline_shows_every_statement_and_dated_summit_once_in_order()
    {
        var client = Editors.Anonymous(_f);
        var statements = new List<int>();
        var summits = new List<int>();
        var dates = new List<string>();
        var url = "/";
        for (var pages = 0; url is not null && pages < 30; pages++)
        {
            var doc = await client.GetDocumentAsync(url);
            foreach (var item in doc.QuerySelectorAll(".statement-card blockquote, .summit-card h3 a"))
            {
                if (item.LocalName == "blockquote") statements.Add(int.Parse(item.GetAttribute("cite")!.Split("#s")[1]));
                else summits.Add(int.Parse(item.GetAttribute("href")!.Split('/')[^1]));
            }
            url = doc.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        var expectedStatements = await _f.WithDbAsync(db => db.Statements.Where(s => s.SaidUtc != null).Select(s => s.Id).ToListAsync());
        var expectedSummits = await _f.WithDbAsync(db => db.Summits.Where(s => s.StartUtc != null).Select(s => s.Id).ToListAsync());
        Assert.Equal(expectedStatements.Order(), statements.Order());
        Assert.Equal(expectedSummits.Order(), summits.Order());
        Assert.True(expectedSummits.Count > 20, "the reference summits are on the timeline");
    }

    [Fact]
    public async Task Overview_strip_counts_per_year()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/");
        var year2024 = doc.QuerySelectorAll(".overview li").Single(li => li.QuerySelector("a")!.TextContent == "2024");
        Assert.Contains($"{Fixture.ManyStatements} statements", year2024.TextContent);
    }
}
