using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Hostile or empty pages: a clear Found=false or a bounded result, never an exception or a hang.
/// A hang shows as a test that never ends (tests/run.sh's hang timeout names it); speed lives in the benchmark.</summary>
public class BadInputTests
{
    private static ExtractedArticle Extract(byte[] body) => ArticleExtractor.Extract(new PageInput(body));

    [Fact]
    public void Empty_page_is_not_an_article()
    {
        var article = Extract([]);
        Assert.False(article.Found);
        Assert.StartsWith("no article found", article.Error);
        Assert.Equal("", article.Text);
    }

    [Fact]
    public void Page_without_body_is_not_an_article()
    {
        var article = Extract(Encoding.UTF8.GetBytes("<html><head><title>Only a head</title><meta name=\"description\" content=\"x\"></head></html>"));
        Assert.False(article.Found);
        Assert.StartsWith("no article found", article.Error);
    }

    [Fact]
    public void Binary_garbage_is_not_an_article()
    {
        var bytes = new byte[200_000];
        new Random(42).NextBytes(bytes);
        var article = Extract(bytes);
        Assert.False(article.Found);
        Assert.StartsWith("no article found", article.Error);
    }

    [Fact]
    public void Article_that_is_only_an_image_is_not_an_article()
    {
        var html = "<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Photo of the day</h1><figure><img src=\"/p.jpg\" alt=\"\"><figcaption>Leaders shake hands. (Reuters)</figcaption></figure></article></body></html>";
        var article = Extract(Encoding.UTF8.GetBytes(html));
        Assert.False(article.Found);
        Assert.StartsWith("no article found", article.Error);
    }

    [Fact]
    public void Ten_megabyte_page_gives_a_bounded_result()
    {
        var sb = new StringBuilder("<html><body><article><h1>Long</h1>");
        while (sb.Length < 10_000_000)
            sb.Append("<p>Talks continued late into the night, and negotiators said progress had been made on several points.</p>\n");
        sb.Append("</article></body></html>");
        var article = Extract(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(article.Found);
        Assert.True(article.Text.Length <= DepthGuardLimit, "text is capped by the input cap");
    }

    private const int DepthGuardLimit = 5_000_000;

    [Fact]
    public void Hundred_thousand_nested_divs_are_flattened_not_parsed_quadratically()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append("<p>Deep inside the markup there is still a paragraph of text that a reader could see on the page.</p>");
        for (var i = 0; i < 100_000; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        var article = Extract(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Contains("Deep inside the markup", article.Text);
    }

    [Fact]
    public void Unclosed_paragraphs_do_not_count_as_nesting()
    {
        var sb = new StringBuilder("<html><body><article><h1>Many paragraphs</h1>");
        for (var i = 0; i < 400; i++) sb.Append("<p>Paragraph ").Append(i).Append(" of the story, long enough to read as text, says the reporter.");
        sb.Append("</article></body></html>");
        var article = Extract(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Equal(400, article.Text.Split("\n\n").Length);
    }
}
