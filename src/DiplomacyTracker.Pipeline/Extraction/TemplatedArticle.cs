using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Some pages (Blogger's dynamic views, a few page builders) ship the article as markup inside
/// &lt;script type="text/template"&gt; and build it in the browser: the parsed page then shows no article. When that
/// happens, the largest template holding paragraphs is read as the page's body, keeping what the page itself said
/// about its title, date, language and address.</summary>
internal static partial class TemplatedArticle
{
    [GeneratedRegex(@"<script\b[^>]*\btype\s*=\s*[""']?text/(?:template|x-template|html|x-tmpl)[""']?[^>]*>(.*?)</script\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Template();

    [GeneratedRegex(@"<p[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    /// <summary>The article found in the page's templates, or null when none holds one.</summary>
    public static ExtractedArticle? Extract(string page, PageInput input, ExtractedArticle outer)
    {
        string? best = null;
        var bestParagraphs = 1; // at least two paragraphs
        foreach (Match m in Template().Matches(page))
        {
            var paragraphs = Paragraph().Count(m.Groups[1].ValueSpan);
            if (paragraphs > bestParagraphs) { best = m.Groups[1].Value; bestParagraphs = paragraphs; }
        }
        if (best is null) return null;
        var inner = ArticleExtractor.FromHtml(DepthGuard.Limit("<html><body>" + best + "</body></html>"), input with { ContentSelector = null });
        return inner.Found ? ArticleExtractor.WithOuterMetadata(inner, outer) : null;
    }
}
