using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Pages built in the browser: the markup shows no article, a template or the JSON-LD carries it.</summary>
public class EmbeddedArticleTests
{
    private const string Shell = """<html><head><title>Envoys agree on a summit agenda | Example News</title>{0}</head><body><div id="app"></div><nav><a href="/">Home</a></nav>{1}</body></html>""";

    private static ExtractedArticle Extract(string head, string body = "") =>
        ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Shell, head, body)),
            FetchedAt: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void A_template_script_holding_the_article_is_read()
    {
        var article = Extract("", """
            <script type="text/template" id="post"><h1>Envoys agree on a summit agenda</h1>
            <p>The envoys of both Koreas agreed on Tuesday on the agenda of a summit to be held next month, officials said.</p>
            <p>The talks, the first in two years, ended with a joint statement read out by both delegations at the border village.</p></script>
            """);
        Assert.True(article.Found, article.Error);
        Assert.Contains("ended with a joint statement", article.Text);
        Assert.StartsWith("Envoys agree on a summit agenda", article.Title);
    }

    [Fact]
    public void A_json_ld_article_body_in_plain_text_becomes_paragraphs()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Envoys agree on a summit agenda","datePublished":"2025-10-18T09:00:00+09:00",
            "articleBody":"The envoys of both Koreas agreed on Tuesday on the agenda of a summit to be held next month, officials said.\nThe talks, the first in two years, ended with a joint statement read out by both delegations at the border village."}</script>
            """);
        Assert.True(article.Found, article.Error);
        Assert.Contains("agreed on Tuesday on the agenda", article.Text);
        Assert.Contains("\n\nThe talks, the first in two years", article.Text);
        Assert.Equal("2025-10-18T09:00+09:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void A_json_ld_how_to_gives_its_description_and_steps_and_its_date()
    {
        var article = Extract("""
            <script type="application/ld+json">{"@type":"HowTo","name":"How to sew a round tablecloth","datePublished":"2022-01-10T22:06:08:684Z",
            "description":"<p>Whatever its size and style, a round table deserves a tablecloth that fits it exactly, and sewing one is easier than it looks.</p>",
            "step":[{"@type":"HowToStep","itemListElement":{"@type":"HowToDirection","text":"<p>Measure the diameter of the table top, from edge to edge through its centre.</p>"}},
                    {"@type":"HowToStep","text":"Add twice the drop you want, then cut the fabric into a square of that size."}]}</script>
            """);
        Assert.True(article.Found, article.Error);
        Assert.Contains("Measure the diameter", article.Text);
        Assert.True(article.Text.IndexOf("Whatever its size", StringComparison.Ordinal) < article.Text.IndexOf("Add twice the drop", StringComparison.Ordinal));
        Assert.Equal("json-ld", article.PublishedSource);
        Assert.Equal(new DateOnly(2022, 1, 10), article.Published?.LocalDay);
    }

    [Fact]
    public void Json_ld_is_not_read_when_the_markup_has_the_article()
    {
        var article = Extract("""<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"A summary the page's own text makes unneeded, long enough to count as a body if it were read at all by the extractor, which it must not be."}</script>""",
            "<article><h1>Envoys agree on a summit agenda</h1><p>The envoys of both Koreas agreed on Tuesday on the agenda of a summit to be held next month, officials said in Seoul.</p><p>The talks, the first in two years, ended with a joint statement read out by both delegations at the border village.</p></article>");
        Assert.True(article.Found, article.Error);
        Assert.DoesNotContain("A summary the page's own text", article.Text);
    }
}
