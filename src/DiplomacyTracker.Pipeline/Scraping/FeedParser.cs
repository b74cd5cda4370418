using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// One story a feed, listing page or sitemap points to. <see cref="Title"/>, <see cref="Summary"/> and
/// <see cref="ContentHtml"/> are HTML (a plain-text title comes HTML-escaped); <see cref="TitleText"/> is what a reader sees.
/// </summary>
public sealed record FeedEntry(string? Guid, string Url, string? Title, string? Summary, string? ContentHtml, DateTimeOffset? Published)
{
    public string? TitleText => FeedText.Visible(Title);
}

/// <summary>An entry the document holds but that cannot be followed (no http(s) link), and why; the scraper counts and logs these.</summary>
public sealed record FeedSkip(int Position, string? Guid, string Reason);

/// <summary>What a listing document yielded: its entries, and for a sitemap index the child sitemaps (newest first).</summary>
public sealed record FeedDocument(string Format, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<Uri> ChildSitemaps)
{
    /// <summary>Entries present but unusable, with the reason; none is dropped silently.</summary>
    public IReadOnlyList<FeedSkip> Skipped { get; init; } = [];

    /// <summary>Set when the XML was malformed and <see cref="Entries"/> are what could be salvaged from it.</summary>
    public string? Problem { get; init; }
}

/// <summary>
/// Reads RSS 0.9x/2.0 (also in a namespace), RSS 1.0 (RDF), Atom 0.3 and 1.0, news sitemaps and sitemap indexes into
/// <see cref="FeedEntry"/> records — pure (bytes in, records out) and tolerant of real-world feeds (<see cref="FeedXml"/>,
/// <see cref="FeedDates"/>). One bad item never costs the others: it is skipped with a reason in
/// <see cref="FeedDocument.Skipped"/>, a bad date is dropped, not the entry. Relative links resolve against
/// <c>xml:base</c>, then <paramref name="baseUrl"/>.
/// </summary>
public static class FeedParser
{
    /// <exception cref="FeedFormatException">The bytes are not XML, not a feed or sitemap, or so malformed that nothing could be read.</exception>
    public static FeedDocument Parse(byte[] body, string? contentType, Uri baseUrl, TimeZoneInfo zone)
    {
        var (root, problem) = FeedXml.Load(body, contentType);
        var document = root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" or "channel" or "rdf" => Collect(root.Name.LocalName == "RDF" ? "rdf" : "rss", Items(root, "item"), item => RssItemReader.Read(item, baseUrl, zone)),
            "feed" => Collect("atom", Items(root, "entry"), entry => AtomEntryReader.Read(entry, baseUrl, zone)),
            "urlset" => Collect("sitemap", Items(root, "url"), url => SitemapReader.ReadUrl(url, baseUrl, zone)),
            "sitemapindex" => new FeedDocument("sitemapindex", [], SitemapReader.ReadIndex(root, baseUrl, zone)),
            var other => throw new FeedFormatException($"not a feed or sitemap: root element <{other}>" + (problem is null ? "" : $" ({problem})")),
        };
        if (problem is not null && document.Entries.Count == 0 && document.ChildSitemaps.Count == 0) throw new FeedFormatException(problem);
        return document with { Problem = problem };
    }

    /// <summary>The entries: children of the root, or of its channel (RSS 2.0).</summary>
    private static IEnumerable<XElement> Items(XElement root, string localName) =>
        root.Elements().Where(e => e.Name.LocalName == "channel").SelectMany(c => c.Elements()).Concat(root.Elements())
            .Where(e => e.Name.LocalName == localName);

    private static FeedDocument Collect(string format, IEnumerable<XElement> items, Func<XElement, EntryRead> read)
    {
        var entries = new List<FeedEntry>();
        var skipped = new List<FeedSkip>();
        var position = 0;
        foreach (var item in items)
        {
            EntryRead result;
            try { result = read(item); }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                result = new EntryRead(null, null, $"unreadable: {ex.Message}"); // one odd item never costs the feed
            }
            if (result.Entry is { } entry) entries.Add(entry);
            else skipped.Add(new FeedSkip(position, result.Guid, result.SkipReason ?? "unreadable"));
            position++;
        }
        return new FeedDocument(format, entries, []) { Skipped = skipped };
    }

    /// <summary>The direct children with this local name in a feed format's own namespace (or the element's), in document order.</summary>
    internal static IEnumerable<XElement> Own(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && (e.Name.Namespace == parent.Name.Namespace || FeedNamespaces.IsCore(e.Name.Namespace)));

    internal static XElement? OwnFirst(XElement parent, string localName) => Own(parent, localName).FirstOrDefault();

    internal static IEnumerable<XElement> Module(XElement parent, Func<XNamespace, bool> family, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && family(e.Name.Namespace));

    internal static string? Text(XElement? element) =>
        element is null ? null : element.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The base URL in scope for <paramref name="element"/>: its and its ancestors' <c>xml:base</c> applied to the document's URL.</summary>
    internal static Uri BaseOf(XElement element, Uri documentUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(XName.Get("base", FeedNamespaces.Xml))?.Value).Where(b => !string.IsNullOrWhiteSpace(b)).Reverse();
        var current = documentUrl;
        foreach (var b in bases)
            if (Uri.TryCreate(current, b!.Trim(), out var next) && next.Scheme is "http" or "https") current = next;
        return current;
    }

    /// <summary>An absolute http(s) URL for <paramref name="href"/>, or null.</summary>
    internal static string? Absolute(string? href, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var url)) return null;
        return url.Scheme is "http" or "https" ? url.AbsoluteUri : null;
    }
}

/// <summary>One item read: the entry, or the reason it cannot be used.</summary>
internal readonly record struct EntryRead(FeedEntry? Entry, string? Guid, string? SkipReason)
{
    public static EntryRead Of(FeedEntry entry) => new(entry, entry.Guid, null);

    public static EntryRead NoLink(string? guid, string? rawLink) =>
        new(null, guid, rawLink is null ? "no link" : $"no usable http(s) link: {(rawLink.Length > 200 ? rawLink[..200] : rawLink)}");
}
