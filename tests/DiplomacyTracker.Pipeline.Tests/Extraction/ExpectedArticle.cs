using System.Text.Json;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Checks an extraction against an expected-output file in the seeds' gold format
/// (title, published, body.starts_with / ends_with / must_contain / must_not_contain, plus optional metadata).</summary>
internal static class ExpectedArticle
{
    public static void Check(JsonElement e, ExtractedArticle article)
    {
        if (Str(e, "title") is { } title) Assert.Equal(title, article.Title);
        if (Str(e, "published") is { } published)
        {
            Assert.NotNull(article.Published);
            Assert.StartsWith(published, article.Published!.Value.ToIsoString());
        }
        if (Str(e, "published_source") is { } source) Assert.Equal(source, article.PublishedSource);
        if (Str(e, "site_name") is { } site) Assert.Equal(site, article.SiteName);
        if (Str(e, "canonical_url") is { } canonical) Assert.Equal(canonical, article.CanonicalUrl);
        if (Str(e, "language") is { } language) Assert.Equal(language, article.Language);
        if (e.TryGetProperty("paragraphs_at_least", out var count))
            Assert.True(article.Text.Split("\n\n").Length >= count.GetInt32(), $"expected at least {count} paragraphs:\n{article.Text}");

        var body = e.GetProperty("body");
        if (Str(body, "starts_with") is { } start) Assert.StartsWith(start, article.Text);
        if (Str(body, "ends_with") is { } end) Assert.EndsWith(end, article.Text);
        foreach (var needed in Strings(body, "must_contain")) Assert.Contains(needed, article.Text);
        foreach (var banned in Strings(body, "must_not_contain")) Assert.DoesNotContain(banned, article.Text);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!) : [];
}
