using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Script and style bodies are emptied before parsing (speed); JSON-LD must survive it, and a start tag
/// whose '&gt;' may sit inside an attribute value must be left alone.</summary>
public class CodeStrippingTests
{
    private static readonly string BigScript = string.Concat(Enumerable.Repeat("var x = '<p>not article text</p>'; ", 200));

    [Fact]
    public void Script_and_style_bodies_are_emptied_but_json_ld_is_kept()
    {
        var html = $"<html><head><style>{BigScript}</style><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\"}}</script></head>"
            + $"<body><script>{BigScript}</script><p>Kept text.</p></body></html>";
        var limited = DepthGuard.Limit(html);
        Assert.DoesNotContain("not article text", limited);
        Assert.Contains("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>", limited);
        Assert.Contains("<style></style>", limited);
        Assert.Contains("<script></script><p>Kept text.</p>", limited);
    }

    [Fact]
    public void Script_with_an_open_quote_in_its_start_tag_is_left_alone()
    {
        var html = $"<html><body><script data-x=\"a>b\">{BigScript}</script><p>Text.</p></body></html>";
        Assert.Equal(html, DepthGuard.Limit(html));
    }

    [Fact]
    public void Json_ld_date_and_article_survive_on_a_script_heavy_page()
    {
        var paragraph = "Seoul and Tokyo agreed on Monday to resume regular summit meetings, officials said, after a pause of several years. ";
        var html = "<html><head><title>Summit talks resume</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Summit talks resume\",\"datePublished\":\"2025-03-04T09:00:00+09:00\"}</script>"
            + $"<script>{BigScript}</script></head><body><article><h1>Summit talks resume</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
            + $"<script>{BigScript}</script></body></html>";
        var article = ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(html)));
        Assert.True(article.Found, article.Error);
        Assert.Equal("json-ld", article.PublishedSource);
        Assert.Equal("2025-03-04", article.Published?.ToIsoString()[..10]);
        Assert.Contains("resume regular summit meetings", article.Text);
        Assert.DoesNotContain("not article text", article.Text);
    }
}
