using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Search;

/// <summary>Terms with more matches than <see cref="StatementSearch.CommonTermThreshold"/> take the index-walking paths; results must not change.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class CommonTermSearchTests : IClassFixture<CommonTermSearchTests.Fixture>
{
    private readonly Fixture _f;

    public CommonTermSearchTests(Fixture fixture) => _f = fixture;

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        public int Count { get; } = StatementSearch.CommonTermThreshold * 10 + 100;

        public async Task InitializeAsync()
        {
            _ = Server;
            await WithDbAsync(async db =>
            {
                var quotes = Enumerable.Range(0, Count).Select(i => new StoreSeed.Quote("donald-trump",
                    i % 10 == 0 ? $"Statement {i} says common ground exists." : $"Statement {i} finds common cause.",
                    StoreSeed.Day(2000 + i % 25, 1 + i % 12, 1 + i % 28))).ToArray();
                await StoreSeed.ArticleAsync(db, "Many", StoreSeed.Day(2025, 1, 1), quotes);
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<StatementPage> SearchAsync(string words, int offset = 0)
    {
        await using var scope = _f.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatementSearch>().SearchAsync(new StatementQuery(words), offset, 50);
    }

    [Theory]
    [InlineData("common", 1.0)]
    [InlineData("\"common ground\"", 0.1)]
    [InlineData("comm*", 1.0)]
    public async Task Common_terms_page_newest_first_without_loss(string words, double share)
    {
        var first = await SearchAsync(words);
        Assert.Equal(50, first.Hits.Count);
        Assert.True(first.HasMore);
        var dates = first.Hits.Select(h => h.SaidOn!.Value.EarliestUtc).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(first.Hits, h => Assert.Contains("<mark>", SearchMarkers.ToHtml(h.MarkedSnippet)));

        var total = 0;
        for (var offset = 0; ; offset += 50)
        {
            var page = await SearchAsync(words, offset);
            total += page.Hits.Count;
            if (!page.HasMore) break;
        }
        Assert.Equal((int)Math.Round(_f.Count * share), total);
    }
}
