using System.Text;
using System.Text.Json;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>The two seed pages as scraped (plain text, noise included) against their gold files.</summary>
public class PlainTextSeedTests
{
    public static IEnumerable<object[]> Seeds => ExtractionTestData.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_text_extracts_to_gold(string name)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExtractionTestData.SeedsDir, name + ".json")));
        var bytes = File.ReadAllBytes(Path.Combine(ExtractionTestData.SeedsDir, name + ".txt"));

        var article = ArticleExtractor.Extract(new PageInput(bytes, FetchedAt: ExtractionTestData.FetchedAt));

        Assert.True(article.Found, article.Error);
        Assert.Equal("text", article.PublishedSource);
        ExpectedArticle.Check(gold.RootElement, article);
    }

    [Fact]
    public void Plain_text_keeps_each_line_as_a_paragraph_and_reads_a_markdown_table_as_rows()
    {
        var text = "Talks Resume in Geneva Today\nPublished: March 3, 2025 at 9:30 AM\nThe first paragraph of the story runs long enough to be a paragraph.\n| Round | Date |\n|---|---|\n| First | March 3 |\nThe closing paragraph also runs long enough to read as prose text.";

        var article = ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(text), FetchedAt: ExtractionTestData.FetchedAt));

        Assert.Equal("Talks Resume in Geneva Today", article.Title);
        Assert.Equal("2025-03-03T09:30+00:00", article.Published?.ToIsoString());
        Assert.Equal(
            "The first paragraph of the story runs long enough to be a paragraph.\n\nRound | Date\nFirst | March 3\n\nThe closing paragraph also runs long enough to read as prose text.",
            article.Text);
    }
}
