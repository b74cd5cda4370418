using System.Text;
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
