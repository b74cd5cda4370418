using System.Text.Json;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Saved pages beside their expected extraction (TestData/Extraction/Golden/NAME.html + NAME.json).</summary>
public class GoldenPageTests
{
    public static IEnumerable<object[]> Pages => ExtractionTestData.GoldenPages();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_extracts_as_expected(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtractionTestData.GoldenDir, name + ".json")));
        var e = expected.RootElement;
        var input = new PageInput(
            File.ReadAllBytes(Path.Combine(ExtractionTestData.GoldenDir, name + ".html")),
            Url: e.TryGetProperty("url", out var url) ? new Uri(url.GetString()!) : null,
            ContentType: e.TryGetProperty("content_type", out var ct) ? ct.GetString() : null,
            FetchedAt: ExtractionTestData.FetchedAt);

        var article = ArticleExtractor.Extract(input);

        Assert.True(article.Found, article.Error);
        ExpectedArticle.Check(e, article);
    }
}
