using System.IO.Compression;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// A store made before the switch to `dotnet ef` migrations (TestData/Stores/store-a768cfd.db.gz: made by main at
/// a768cfd with `import` of one article, `editors add` and `backup`) opens with today's code: the empty baseline is
/// recorded, nothing is rebuilt, its data reads back, and the search triggers still index new statements.
/// </summary>
public class LegacyStoreTests
{
    private static readonly string[] HandWritten =
    [
        "20261122120000_InitialSchema", "20261122130000_StatementSearch", "20261122141000_NearDuplicateSketch",
        "20261122150000_ArticleEdits", "20261122160000_SummitEvidenceRejections",
    ];

    [Fact]
    public async Task A_store_made_before_the_baseline_migrates_and_keeps_working()
    {
        using var database = new TestDatabase();
        await using (var gz = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "Stores", "store-a768cfd.db.gz")), CompressionMode.Decompress))
        await using (var file = File.Create(database.Path))
            await gz.CopyToAsync(file);

        await using (var db = database.CreateContext())
        {
            Assert.Equal(HandWritten, await db.Database.GetAppliedMigrationsAsync());
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            Assert.Contains(pending, m => m.EndsWith("_Baseline", StringComparison.Ordinal));
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(15, await db.Statements.CountAsync());
            Assert.Equal("legacy@example.org", await db.Users.Select(u => u.Email).SingleAsync());
            var found = await new StatementSearch(db).SearchAsync(new StatementQuery("pacemaker"), 0, 10);
            Assert.Single(found.Hits);

            // A statement added after the upgrade is found through the FTS triggers the hand-written history made.
            var article = await db.Articles.FirstAsync();
            db.Statements.Add(new DiplomacyTracker.Data.Entities.Statement { ArticleId = article.Id, Text = "A zeppelin of cooperation", Cue = "said", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Single((await new StatementSearch(db).SearchAsync(new StatementQuery("zeppelin"), 0, 10)).Hits);
            Assert.Single((await new StatementSearch(db).SearchAsync(new StatementQuery("zeppel*"), 0, 10)).Hits);
        }
    }
}
