using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>One story a feed, listing page or sitemap points to.</summary>
public sealed record FeedEntry(string? Guid, string Url, string? Title, string? Summary, string? ContentHtml, DateTimeOffset? Published);

/// <summary>What a listing document yielded: its entries, and for a sitemap index the child sitemaps (newest first).</summary>
public sealed record FeedDocument(string Format, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<Uri> ChildSitemaps);

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF), Atom, news sitemaps and sitemap indexes into <see cref="FeedEntry"/> records —
/// pure (bytes in, records out), tolerant of real-world feeds (see <see cref="FeedXml"/>, <see cref="FeedDates"/>).
/// Relative links resolve against <paramref name="baseUrl"/>; entries without a usable http(s) link are skipped.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <exception cref="FeedFormatException">The bytes are not XML, or not a feed or sitemap.</exception>
    public static FeedDocument Parse(byte[] body, string? contentType, Uri baseUrl, TimeZoneInfo zone)
    {
        var root = FeedXml.Load(body, contentType).Root ?? throw new FeedFormatException("empty document");
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" => new("rss", Collect(root.Element("channel")?.Elements("item") ?? root.Elements("item"), item => ReadRss(item, baseUrl, zone)), []),
            "rdf" => new("rdf", Collect(root.Elements().Where(e => e.Name.LocalName == "item"), item => ReadRdf(item, baseUrl, zone)), []),
            "feed" => new("atom", Collect(root.Elements().Where(e => e.Name.LocalName == "entry"), entry => ReadAtom(entry, baseUrl, zone)), []),
            "urlset" => new("sitemap", Collect(root.Elements().Where(e => e.Name.LocalName == "url"), url => SitemapReader.ReadUrl(url, baseUrl, zone)), []),
            "sitemapindex" => new("sitemapindex", [], SitemapReader.ReadIndex(root, baseUrl, zone)),
            var other => throw new FeedFormatException($"not a feed or sitemap: root element <{other}>"),
        };
    }

    private static List<FeedEntry> Collect(IEnumerable<XElement> items, Func<XElement, FeedEntry?> read)
    {
        var entries = new List<FeedEntry>();
        foreach (var item in items)
            if (read(item) is { } entry) entries.Add(entry);
        return entries;
    }

    private static FeedEntry? ReadRss(XElement item, Uri baseUrl, TimeZoneInfo zone)
    {
        var guidElement = item.Element("guid");
        var guid = Text(guidElement);
        var link = Text(item.Element("link"));
        var isPermaLink = guidElement?.Attribute("isPermaLink")?.Value is not { } p || !p.Equals("false", StringComparison.OrdinalIgnoreCase);
        if (link is null && isPermaLink) link = guid;
        if (Absolute(link, baseUrl) is not { } url) return null;
        var published = FeedDates.Parse(Text(item.Element("pubDate")) ?? Text(item.Element(Dc + "date")), zone);
        return new FeedEntry(guid, url, Text(item.Element("title")), Text(item.Element("description")),
            Text(item.Element(Content + "encoded")), published);
    }

    private static FeedEntry? ReadRdf(XElement item, Uri baseUrl, TimeZoneInfo zone)
    {
        var about = item.Attribute(Rdf + "about")?.Value;
        if (Absolute(Text(Child(item, "link")) ?? about, baseUrl) is not { } url) return null;
        return new FeedEntry(about, url, Text(Child(item, "title")), Text(Child(item, "description")),
            Text(item.Element(Content + "encoded")), FeedDates.Parse(Text(item.Element(Dc + "date")), zone));
    }

    private static FeedEntry? ReadAtom(XElement entry, Uri baseUrl, TimeZoneInfo zone)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate") ?? links.FirstOrDefault();
        if (Absolute(alternate?.Attribute("href")?.Value, baseUrl) is not { } url) return null;
        var published = FeedDates.Parse(Text(Child(entry, "published")) ?? Text(Child(entry, "updated")) ?? Text(entry.Element(Dc + "date")), zone);
        return new FeedEntry(Text(Child(entry, "id")), url, Text(Child(entry, "title")), Text(Child(entry, "summary")),
            Text(Child(entry, "content")), published);
    }

    /// <summary>The child with this local name in the element's own namespace (RSS 1.0 and Atom), or no namespace.</summary>
    private static XElement? Child(XElement parent, string localName) =>
        parent.Element(parent.Name.Namespace + localName) ?? parent.Element(localName);

    internal static string? Text(XElement? element) =>
        element is null ? null : element.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>An absolute http(s) URL for <paramref name="href"/>, or null.</summary>
    internal static string? Absolute(string? href, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var url)) return null;
        return url.Scheme is "http" or "https" ? url.AbsoluteUri : null;
    }
}
