using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Turns a fetched page into what a careful reader sees: the article text alone plus its metadata.
/// Never throws: empty, garbage or article-less pages come back with Found=false and a reason.</summary>
public static partial class ArticleExtractor
{
    private const int MinArticleLength = 120;

    [GeneratedRegex(@"<(!doctype|html|head|body|div|p|meta|title|article|section|span|table|br|h[1-6]|script|a|ul|li|main|link|style)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    /// <summary>Extracts the article of <paramref name="input"/>.</summary>
    public static ExtractedArticle Extract(PageInput input)
    {
        try
        {
            if (input?.Body is not { Length: > 0 }) return ExtractedArticle.NotFound("empty page");
            var text = PageDecoder.Decode(input.Body, input.ContentType);
            if (LooksBinary(text)) return ExtractedArticle.NotFound("binary or unreadable content");
            if (!HtmlTag().IsMatch(text.Length > 4096 ? text[..4096] : text))
                return PlainTextExtractor.Extract(text.Length > DepthGuard.MaxChars ? text[..DepthGuard.MaxChars] : text, input);
            var article = FromHtml(DepthGuard.Limit(text), input);
            return article.Found ? article : TemplatedArticle.Extract(text, input, article) ?? JsonLdArticle.Extract(text, input, article) ?? article;
        }
        catch (Exception e)
        {
            return ExtractedArticle.NotFound($"extraction failed ({e.GetType().Name}: {e.Message})");
        }
    }

    internal static ExtractedArticle FromHtml(string html, PageInput input)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        if (body is null) return ExtractedArticle.NotFound("the page has no body");
        var meta = MetadataReader.Read(document, input.Url);
        var headerText = VisibleText.AroundTitle(body, meta.TitleHeading);
        var language = meta.Language ?? (TextNormalizer.LooksKorean(headerText.Text) ? "ko" : null);
        var zone = ChooseZone(input, language, headerText.Text);
        var published = PublishedDateFinder.Find(meta, body, input.Url, headerText, zone, input.FetchedAt ?? DateTimeOffset.UtcNow);
        var titledArticle = meta.TitleHeading?.Closest("article");

        var selected = Select(document, input.ContentSelector);
        foreach (var root in selected.Count > 0 ? selected : [body]) BoilerplateFilter.Clean(root);
        var stats = NodeStats.Measure(body);
        var roots = selected.Count > 0 ? selected : LedeFinder.WithLede(ContentScorer.FindContent(body, stats, titledArticle), meta.TitleHeading, stats);
        var text = Render(roots, stats, meta.Title);
        if (TextNormalizer.ReadingLength(text) < MinArticleLength && selected.Count == 0)
        {
            var whole = Render([body], stats, meta.Title);
            if (whole.Length > text.Length && HasParagraph(whole)) text = whole;
        }
        if (TextNormalizer.ReadingLength(text) < MinArticleLength && !HasParagraph(text))
            return ExtractedArticle.NotFound(text.Length == 0 ? "the page has no readable text" : "no paragraph of article text") with
            {
                // What the page says about itself still holds when its text could not be found.
                Title = meta.Title,
                Published = published?.Date,
                PublishedSource = published?.Source,
                Language = language,
                CanonicalUrl = meta.CanonicalUrl,
            };

        var title = meta.TitleIsWeak && HeadlineOf(text) is { } headline ? headline : meta.Title;
        return new ExtractedArticle(true, null, title, meta.Byline, meta.SiteName, language ?? (TextNormalizer.LooksKorean(text) ? "ko" : null),
            meta.CanonicalUrl, meta.LeadImageUrl, published?.Date, published?.Source, text, meta.Description);
    }

    private static string Render(IEnumerable<IElement> roots, Dictionary<IElement, NodeStats> stats, string? title)
    {
        var blocks = BoilerplateText.Filter(TextRenderer.Render(roots, stats), title);
        return string.Join("\n\n", blocks.Select(b => b.Text));
    }

    /// <summary>An article found in what the page embeds (a template, its JSON-LD), with what the page itself said about its
    /// title, date, language and address.</summary>
    internal static ExtractedArticle WithOuterMetadata(ExtractedArticle inner, ExtractedArticle outer) => inner with
    {
        Title = outer.Title ?? inner.Title,
        Published = outer.Published ?? inner.Published,
        PublishedSource = outer.Published is null ? inner.PublishedSource : outer.PublishedSource,
        Language = outer.Language ?? inner.Language,
        CanonicalUrl = outer.CanonicalUrl ?? inner.CanonicalUrl,
    };

    /// <summary>The article's opening line when it reads like a headline: short, several words, no final stop.</summary>
    private static string? HeadlineOf(string text)
    {
        var first = text.Split("\n\n", 2)[0];
        return first.Length is >= 10 and <= 150 && first.Contains(' ') && first[^1] is not ('.' or ':' or ';' or ',' or '다') ? first : null;
    }

    private static bool HasParagraph(string text) => text.Split("\n\n").Any(p => TextNormalizer.ReadingLength(p) >= 80 && p.Contains(' '));

    private static List<IElement> Select(IDocument document, string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector)) return [];
        try { return document.QuerySelectorAll(selector).ToList(); }
        catch (DomException) { return []; }
    }

    private static TimeZoneInfo ChooseZone(PageInput input, string? language, string visibleText)
    {
        if (!string.IsNullOrWhiteSpace(input.DefaultTimeZone)) return FuzzyDate.FindZone(input.DefaultTimeZone);
        var korean = input.Url?.Host.EndsWith(".kr", StringComparison.OrdinalIgnoreCase) == true
            || language?.StartsWith("ko", StringComparison.OrdinalIgnoreCase) == true || TextNormalizer.LooksKorean(visibleText);
        return korean ? FuzzyDate.Seoul : TimeZoneInfo.Utc;
    }

    /// <summary>Control characters and replacement marks in the first few KB mean the bytes are not text.</summary>
    private static bool LooksBinary(string text)
    {
        var limit = Math.Min(text.Length, 4096);
        var bad = 0;
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '\uFFFD' || (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))) bad++;
        }
        return limit > 0 && bad * 10 > limit;
    }
}
