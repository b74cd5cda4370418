using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>Reads title, byline, site name, language, canonical URL, lead image, description and the machine
/// publication dates from meta tags, JSON-LD and the document's own headings.</summary>
internal static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri? url)
    {
        var index = PageIndex.Build(document);
        var meta = MetaValues(index);
        var jsonLd = JsonLdReader.Read(index.JsonLdScripts);
        var siteName = First(meta, "og:site_name", "application-name", "twitter:site:name") ?? jsonLd.Publisher;
        var rawTitle = First(meta, "og:title", "twitter:title") ?? jsonLd.Headline ?? index.Headings.FirstOrDefault(h => h.TagName == "H1")?.TextContent ?? document.Title;
        var title = TitleCleaner.Clean(rawTitle, siteName);
        if (title.Length == 0) title = TitleCleaner.Clean(document.Title, siteName);
        var heading = FindTitleHeading(index.Headings, title);
        if (title.Length == 0 && heading is not null) title = TextNormalizer.Collapse(heading.TextContent);
        // A title that is only the site's name (or a few words from <title> with no headline markup) is a guess.
        var weakTitle = title.Length == 0 || (siteName is not null && string.Equals(title, TextNormalizer.Collapse(siteName), StringComparison.OrdinalIgnoreCase))
            || (heading is null && First(meta, "og:title", "twitter:title") is null && jsonLd.Headline is null && title.Split(' ').Length <= 3);

        var canonical = index.Canonical?.GetAttribute("href") ?? First(meta, "og:url") ?? jsonLd.Url;
        var image = First(meta, "og:image", "og:image:url", "twitter:image", "twitter:image:src") ?? jsonLd.Image;
        var metaPairs = new List<KeyValuePair<string, string>>();
        foreach (var m in index.Metas)
            if ((m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv")) is { Length: > 0 } key
                && m.GetAttribute("content") is { Length: > 0 } content)
                metaPairs.Add(new(key.Trim().ToLowerInvariant(), content.Trim()));
        var dates = new DateEvidence(jsonLd.Dated, metaPairs, index.DatePublished, index.Times, index.DateElements, index.Order,
            document.Title, canonical);

        return new PageMetadata(
            Title: title.Length == 0 ? null : title,
            TitleIsWeak: weakTitle,
            TitleHeading: heading,
            Byline: Clean(First(meta, "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author") is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? a : null)
                ?? Clean(jsonLd.Author) ?? Clean(index.Author?.TextContent),
            SiteName: Clean(siteName),
            Language: Language(document, meta),
            CanonicalUrl: Absolute(canonical, url) is { } c ? UrlNormalizer.Normalize(c) : url is null ? null : UrlNormalizer.Normalize(url.ToString()),
            LeadImageUrl: Absolute(image, url),
            Description: Clean(First(meta, "og:description", "description", "twitter:description") ?? jsonLd.Description),
            Dates: dates);
    }

    private static Dictionary<string, string> MetaValues(PageIndex index)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in index.Metas)
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) continue;
            values.TryAdd(key.Trim(), content.Trim());
        }
        return values;
    }

    private static string? First(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var k in keys)
            if (meta.TryGetValue(k, out var v) && v.Length > 0) return v;
        return null;
    }

    /// <summary>The heading that carries the title: an h1 (or h2) whose text matches it, else the first h1.</summary>
    private static IElement? FindTitleHeading(List<IElement> headings, string title)
    {
        var wanted = Key(title);
        IElement? firstH1 = null;
        foreach (var h in headings)
        {
            if (h.TagName == "H1") firstH1 ??= h;
            var key = Key(h.TextContent);
            if (wanted.Length > 0 && key.Length > 0 && (key == wanted || (key.Length > 20 && wanted.Contains(key, StringComparison.Ordinal)) || (wanted.Length > 20 && key.Contains(wanted, StringComparison.Ordinal))))
                return h;
        }
        return firstH1;
    }

    private static string Key(string? text) => new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? Language(IDocument document, Dictionary<string, string> meta)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "og:locale", "language", "dc.language");
        if (!string.IsNullOrWhiteSpace(lang))
            return lang.Trim().Replace('_', '-').Split(',')[0];
        return null;
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var rel) ? rel.ToString() : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextNormalizer.Collapse(text) is { Length: > 0 and < 200 } t ? t : null;
}
