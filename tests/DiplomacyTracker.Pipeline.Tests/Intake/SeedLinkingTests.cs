using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Intake;

/// <summary>
/// The two seed pages stored into a reference-seeded store: every summit they report joins the right curated summit
/// (never a same-city summit of another decade); the summits the reference lacks — the proposed Trump–Kim meeting around
/// APEC, Lee's invitation of Trump to it — are new summits.
/// </summary>
public sealed class SeedLinkingTests
{
    [Fact]
    public async Task Seed_summits_link_to_the_curated_ones_they_are()
    {
        await using var store = await StoreFixture.CreateAsync();
        foreach (var seed in new[] { "000_b0c96d113f6e56f9.txt", "003_b68cbd19be6fde90.txt" })
        {
            var body = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", seed));
            var raw = new RawArticle(body, "text/plain", $"https://seed.example/{seed}", DateTimeOffset.UtcNow, DiplomacyTracker.Data.Entities.ArticleOrigin.AddedByHand,
                TimeZone: "Asia/Seoul");
            var catalog = await store.QueryAsync(db => CatalogProvider.LoadAsync(db));
            await store.SaveAsync(ArticleProcessor.Process(raw, catalog));
        }

        var links = await store.QueryAsync(db => db.SummitEvidence.Select(e => new { e.Article!.Url, e.Summit!.ReferenceId, e.SummitId }).ToListAsync());
        string?[] Linked(string seed) => links.Where(l => l.Url!.EndsWith(seed, StringComparison.Ordinal)).Select(l => l.ReferenceId).Order().ToArray();
        Assert.Equal("2025-08-25-washington,2025-10-29-gyeongju,2025-10-31-gyeongju", string.Join(",", Linked("000_b0c96d113f6e56f9.txt").Select(x => x ?? "-")));
        Assert.Equal("-,-,2018-06-12-singapore,2019-02-27-hanoi,2019-06-30-panmunjom,2025-10-31-gyeongju",
            string.Join(",", Linked("003_b68cbd19be6fde90.txt").Select(x => x ?? "-")));
        // New summits: the proposed Trump–Kim meeting around APEC and Lee's invitation of Trump to it (003). Seed 000's
        // "venue for dialogue with Kim" is not read yet (SeedAnalysisTests.NotYetRead); its "urged Trump to attend the APEC
        // summit in Gyeongju" is the Lee–Trump Gyeongju summit the invitation became.
        Assert.Equal(2, links.Where(l => l.ReferenceId is null).Select(l => l.SummitId).Distinct().Count());
    }
}
