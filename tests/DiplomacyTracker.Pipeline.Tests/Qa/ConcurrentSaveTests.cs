using DiplomacyTracker.Tests.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Qa;

/// <summary>Found in a QA pass: Save clicked twice (or the same page from two sources at once) stored the article twice.</summary>
public class ConcurrentSaveTests
{
    [Fact]
    public async Task The_same_article_saved_at_once_from_several_requests_is_stored_once()
    {
        await using var store = await StoreFixture.CreateAsync();
        var text = string.Join(" ", Enumerable.Range(0, 80).Select(i => $"concurrent{i}")) + " North Korea summit.";
        using var start = new ManualResetEventSlim();
        var saves = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await store.SaveAsync(StoreFixture.Article(text, $"https://outlet{i}.example/story"));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(saves);

        Assert.Equal(1, await store.QueryAsync(db => db.Articles.CountAsync()));
        var kept = Assert.Single(results, r => !r.Duplicate);
        // Which check catches a loser depends on when it runs: the exact hash (inside the write transaction) or, when the
        // winner had already committed before the loser's first look, the near-duplicate sketch. Either way: the kept one.
        Assert.All(results.Where(r => r.Duplicate), r =>
        {
            Assert.Equal(kept.ArticleId, r.ArticleId);
            Assert.Contains(r.DuplicateReason, new[] { "hash", "near-duplicate" });
        });
    }
}
