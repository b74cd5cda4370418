using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Export;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Tests.Intake;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// export → restore into an empty store → export gives the same document, on either provider; and the restored store
/// takes new rows afterwards (on PostgreSQL the identity sequences must be moved past the restored ids).
/// </summary>
[Trait(TestStore.Trait, TestStore.Both)]
public class ExportRestoreTests
{
    private static readonly FuzzyDate Aug31 = FuzzyDate.FromDay(new DateOnly(2025, 8, 31), FuzzyDate.Seoul);

    [Fact]
    public async Task A_restored_store_exports_the_same_and_keeps_taking_articles()
    {
        await using var source = await StoreFixture.CreateAsync();
        await source.SaveAsync(Article("Envoy Hong Gil-dong warned that talks need common ground.", "https://a.example/1"));
        var exported = await source.QueryAsync(db => new StoreExporter(db).ExportAsync());

        await using var target = await StoreFixture.CreateAsync();
        await target.QueryAsync(async db => { await new StoreRestorer(db).RestoreAsync(exported); return 0; });
        var again = await target.QueryAsync(db => new StoreExporter(db).ExportAsync());
        Assert.Equal(JsonSerializer.Serialize(exported, StoreExporter.Json), JsonSerializer.Serialize(again, StoreExporter.Json));

        var next = await target.SaveAsync(Article("Envoy Hong Gil-dong said the border talks would resume.", "https://a.example/2"));
        Assert.False(next.Duplicate);
        Assert.True(next.ArticleId > exported.Articles.Max(a => a.Id));
    }

    private static ProcessedArticle Article(string text, string url)
    {
        const string key = "discovered:hong-gil-dong";
        var statement = new FoundStatement(key, "Hong Gil-dong", "Envoy", StatementKind.Indirect, "warned", text[6..], Aug31, 6, text.Length - 1, 0.9);
        var actor = new FoundActor(key, "Hong Gil-dong", "KR", ActorKind.Person, "Envoy", true, ["Envoy Hong Gil-dong"]);
        return StoreFixture.Article(text, url, Aug31, statements: [statement], actors: [actor]);
    }
}
