using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Rendering;

namespace DiplomacyTracker.Web.Tests.Search;

/// <summary>Highlighting stays safe HTML whatever the text holds.</summary>
public sealed class RenderingTests
{
    [Fact]
    public void Snippet_markers_become_balanced_marks_and_text_is_encoded()
    {
        var html = SearchMarkers.ToHtml("a <b> \u0001peace\u0002 & \u0001war");
        Assert.Equal("a &lt;b&gt; <mark>peace</mark> &amp; <mark>war</mark>", html);
        Assert.Equal("x", SearchMarkers.ToHtml("\u0002x"));
    }

    [Fact]
    public void Like_terms_are_marked_case_insensitively()
    {
        var marked = SearchMarkers.Mark("Peace and peace", ["peace"]);
        Assert.Equal("<mark>Peace</mark> and <mark>peace</mark>", SearchMarkers.ToHtml(marked));
    }

    [Fact]
    public void Marks_span_paragraphs_and_bad_offsets_are_skipped()
    {
        var text = "First <p>.\n\nSecond one.";
        var html = ArticleTextRenderer.ToHtml(text, [new TextMark(7, 6, 17, null), new TextMark(8, 2, 50, null), new TextMark(9, 8, 9, null)]);
        Assert.Equal("<p>First <mark id=\"s7\" class=\"statement\">&lt;p&gt;.</mark></p>\n<p><mark class=\"statement\">Secon</mark>d one.</p>\n", html);
    }
}
