using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Search;

/// <summary>
/// The date-walk prefilter path (LIKE superset, ASCII phrase check, FTS confirm) must return exactly what the
/// FTS-driven path returns: same ids, same order, same HasMore, for phrases, prefixes, several words, speakers,
/// date filters and offsets, over text with punctuation, diacritics, Hangul and date ties. Every query has more than
/// StatementSearch.CommonTermThreshold matches, most of them common enough to walk the date index (4,800 rows, half with "peace talks envoy" as speaker text), so it takes the prefilter path.
/// </summary>
public sealed class DateWalkPrefilterTests : IClassFixture<DateWalkPrefilterTests.Fixture>
{
    private readonly Fixture _f;

    public DateWalkPrefilterTests(Fixture fixture) => _f = fixture;

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        private static readonly string[] Words =
            ["peace", "talks", "peaceful", "talk", "summit", "trust", "denuclearization", "denuclear", "Péace", "평화", "alliance", "the"];

        public async Task InitializeAsync()
        {
            _ = Server;
            var random = new Random(7);
            var speakers = new[] { "donald-trump", "kim-jong-un", "lee-jae-myung" };
            await WithDbAsync(async db =>
            {
                for (var article = 0; article < 6; article++)
                {
                    var quotes = Enumerable.Range(0, 800).Select(i =>
                    {
                        var n = 4 + random.Next(8);
                        var words = Enumerable.Range(0, n).Select(_ => Words[random.Next(Words.Length)]);
                        var separators = new[] { " ", ", ", "-", " — ", "\n" };
                        var sentence = $"Q{article}-{i} " + string.Join("", words.Select(w => w + separators[random.Next(separators.Length)])) + ".";
                        var speakerText = random.Next(2) == 0 ? "peace talks envoy" : null;
                        return new StoreSeed.Quote(speakers[random.Next(speakers.Length)], sentence,
                            StoreSeed.Day(2010 + random.Next(15), 1 + random.Next(12), 1 + random.Next(28)), speakerText);
                    }).ToArray();
                    await StoreSeed.ArticleAsync(db, $"Article {article}", StoreSeed.Day(2025, 1, 1), quotes);
                }
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private async Task<(List<int> Ids, bool More)> SearchAsync(StatementQuery query, int offset, bool prefilter)
    {
        await using var scope = _f.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var page = await new StatementSearch(db) { UseDateWalkPrefilter = prefilter }.SearchAsync(query, offset, 20);
        return (page.Hits.Select(h => h.Id).ToList(), page.HasMore);
    }

    [Theory]
    [InlineData("\"peace talks\"", null, null, null)]
    [InlineData("peace talks", null, null, null)]
    [InlineData("peace*", null, null, null)]
    [InlineData("peace tal*", null, null, null)]
    [InlineData("denuclear*", null, null, null)]
    [InlineData("peace", null, null, null)]
    [InlineData("peace", "donald-trump", null, null)]
    [InlineData("\"peace talks\"", "kim-jong-un", null, null)]
    [InlineData("talks", null, 2013, 2020)]
    [InlineData("\"peace talks\"", null, 2012, 2022)]
    [InlineData("envoy", null, null, null)]
    public async Task Prefilter_path_returns_the_same_pages(string words, string? speaker, int? fromYear, int? toYear)
    {
        List<int>? speakerIds = null;
        if (speaker is not null)
            speakerIds = [await _f.WithDbAsync(db => db.Actors.Where(a => a.Slug == speaker).Select(a => a.Id).FirstAsync())];
        var query = new StatementQuery(words, speakerIds,
            FromUtc: fromYear is { } f ? new DateTime(f, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null,
            ToUtc: toYear is { } t ? new DateTime(t, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null);
        var pages = 0;
        foreach (var offset in new[] { 0, 20, 40, 200, 1000, 2000 })
        {
            var expected = await SearchAsync(query, offset, prefilter: false);
            var actual = await SearchAsync(query, offset, prefilter: true);
            Assert.Equal(expected.Ids, actual.Ids);
            Assert.Equal(expected.More, actual.More);
            if (expected.Ids.Count > 0) pages++;
        }
        Assert.True(pages >= 2, "the query should produce at least two pages");
    }
}
