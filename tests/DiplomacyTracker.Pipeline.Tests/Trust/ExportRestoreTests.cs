using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Data.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>
/// Issue 11 (6): `export --json` / `restore` carry everything a store holds — editors with their password hashes, the
/// edit history, the "no article text" flag, sources' health and feed items — and a malformed file gets one clear line.
/// </summary>
public sealed class ExportRestoreTests
{
    [Fact]
    public async Task Two_exports_of_a_real_store_with_edits_are_identical_across_a_restore()
    {
        await using var source = await TrustStore.CreateAsync();
        var ids = await source.ImportCorpusAsync();
        await source.QueryAsync(async db =>
        {
            var editor = (await new EditorAccounts(db, source.Clock).CreateAsync("ed@example.org", "correct horse battery")).Editor!;
            var article = await db.Articles.SingleAsync(a => a.Id == ids["10"]);
            article.AnalysisError = "no article found: the page holds no text";
            article.Title = "Corrected title";
            article.EditedUtc = source.Clock.GetUtcNow().UtcDateTime;
            db.EditRecords.Add(new EditRecord
            {
                EntityType = "Article", EntityId = article.Id, Action = "edit", Before = "{\"Title\":\"old\"}", After = "{\"Title\":\"Corrected title\"}",
                Editor = editor.Email!, AtUtc = source.Clock.GetUtcNow().UtcDateTime,
            });
            var feed = new Source
            {
                Name = "Feed", Url = "https://news.example.org/feed.xml", Kind = SourceKind.Feed, TimeZone = "Asia/Seoul",
                CreatedUtc = article.FetchedUtc, NextCheckUtc = article.FetchedUtc.AddMinutes(30), ETag = "\"v1\"", ConsecutiveFailures = 2,
                LastError = "HTTP 503", ItemsSeen = 3
            };
            db.Sources.Add(feed);
            await db.SaveChangesAsync();
            db.FeedItems.Add(new FeedItem
            {
                SourceId = feed.Id, Guid = "g1", Url = "https://news.example.org/1", NormalizedUrl = "https://news.example.org/1",
                State = FeedItemState.Failed, Attempts = 3, LastError = "timeout", FirstSeenUtc = article.FetchedUtc, ArticleId = article.Id
            });
            await db.SaveChangesAsync();
            // Editors' other marks, so each column that holds them has a value to carry: an unlinked article, a
            // merged actor, a review decision, a corrected date, words and a summit entered by hand.
            var evidence = await db.SummitEvidence.Where(e => e.ArticleId != null).OrderBy(e => e.Id).FirstAsync();
            db.SummitEvidenceRejections.Add(new SummitEvidenceRejection { SummitId = evidence.SummitId, ArticleId = evidence.ArticleId!.Value, CreatedUtc = article.EditedUtc.Value });
            db.SummitEvidence.Remove(evidence);
            var discovered = await db.Actors.Where(a => a.Origin == ActorOrigin.Discovered).OrderBy(a => a.Id).FirstAsync();
            discovered.MergedIntoId = await db.Actors.Where(a => a.Slug == "kim-jong-un").Select(a => a.Id).SingleAsync();
            discovered.Review = ReviewState.Accepted;
            var statement = await db.Statements.OrderBy(s => s.Id).FirstAsync();
            (statement.Review, statement.EnteredByEditor, statement.EditedUtc) = (ReviewState.Rejected, true, article.EditedUtc);
            statement.SaidOn = new DiplomacyTracker.Dates.FuzzyDate(new DateTime(2018, 4, 30, 15, 0, 0, DateTimeKind.Utc),
                new DateTime(2018, 5, 31, 14, 59, 59, DateTimeKind.Utc), DiplomacyTracker.Dates.DatePrecision.Month, 540);
            db.Summits.Add(new Summit
            {
                Title = "Entered by hand", Status = SummitStatus.Planned, EnteredByEditor = true, CreatedUtc = article.FetchedUtc, UpdatedUtc = article.FetchedUtc,
                Evidence = [new SummitEvidence { ArticleId = article.Id, Excerpt = article.Text[..20], EndOffset = 20, EnteredByEditor = true, CreatedUtc = article.FetchedUtc }],
            });
            return await db.SaveChangesAsync();
        });
        var first = await source.ExportAsync();

        await using var target = await TrustStore.CreateAsync();
        await using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(first)))
        {
            var document = await StoreRestorer.ReadAsync(stream);
            await target.WithAsync(sp => sp.GetRequiredService<StoreRestorer>().RestoreAsync(document));
        }
        var second = await target.ExportAsync();

        Assert.Equal(first, second);
        // Not only the file: every column of every table the store has comes back (StoreTables lists what a restore renews).
        var before = await source.QueryAsync(StoreTables.ReadAsync);
        var after = await target.QueryAsync(StoreTables.ReadAsync);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.Count == after[table].Count, $"{table}: {rows.Count} rows before the restore, {after[table].Count} after");
            var lost = rows.Except(after[table]).FirstOrDefault();
            Assert.True(lost is null, $"{table}: a row did not come back as it was:\n{lost}\nclosest after: {after[table].FirstOrDefault(r => r[..Math.Min(r.Length, 40)] == lost?[..Math.Min(lost.Length, 40)])}");
        }
        var editors = await target.QueryAsync(db => db.Users.ToListAsync());
        var restored = Assert.Single(editors);
        Assert.StartsWith("AQAAAA", restored.PasswordHash); // the hash itself, so the editor signs in with the same password
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success,
            new Microsoft.AspNetCore.Identity.PasswordHasher<Editor>().VerifyHashedPassword(restored, restored.PasswordHash!, "correct horse battery"));
        Assert.Equal(1, await target.QueryAsync(db => db.EditRecords.CountAsync()));
        Assert.Equal("no article found: the page holds no text", await target.QueryAsync(db => db.Articles.Where(a => a.Id == ids["10"]).Select(a => a.AnalysisError).SingleAsync()));
        Assert.Equal(FeedItemState.Failed, await target.QueryAsync(db => db.FeedItems.Select(i => i.State).SingleAsync()));
    }

    [Theory]
    [InlineData("", "not an export document")]
    [InlineData("{", "not an export document")]
    [InlineData("null", "it is empty")]
    [InlineData("{}", "export format 0 is not supported")]
    [InlineData("{\"formatVersion\": 2}", "it has no \"sources\" list")]
    [InlineData("[1, 2]", "not an export document")]
    [InlineData("{\"formatVersion\": 9, \"sources\": []}", "export format 9 is not supported")]
    [InlineData("{\"formatVersion\": 2, \"sources\": [], \"actors\": [], \"articles\": [], \"summits\": [], \"statements\": [{\"id\": 1, \"articleId\": 7, \"text\": \"x\", \"kind\": \"direct\", \"cue\": \"said\"}]}",
        "statement 1 names article 7, which the file does not hold")]
    [InlineData("{\"formatVersion\": 2, \"sources\": [], \"actors\": [], \"statements\": [], \"summits\": [], \"articles\": [{\"id\": 1, \"title\": \"t\", \"text\": \"x\", \"alsoReportedBy\": [], \"rawGzipBase64\": \"!!\"}]}",
        "article 1: rawGzipBase64 is not base64")]
    [InlineData("{\"formatVersion\": 2, \"sources\": [], \"actors\": [], \"articles\": [], \"statements\": [], \"summits\": [], \"editors\": [{\"id\": \"a\", \"email\": \"x@y.org\"}, {\"id\": \"b\", \"email\": \"X@y.org\"}]}",
        "two editors have the e-mail X@Y.ORG")]
    public async Task A_malformed_file_gets_one_clear_line(string json, string expected)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StoreRestorer.ReadAsync(stream));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("Parameter", error.Message);
    }
}
