using System.Xml.Linq;
using static DiplomacyTracker.Scraping.FeedParser;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads one RSS 0.9x/2.0 <c>item</c> or RSS 1.0 (RDF) <c>item</c>: link from <c>feedburner:origLink</c>, <c>link</c>,
/// an Atom alternate link, a permalink <c>guid</c> or <c>rdf:about</c>; title falling back to <c>dc:title</c>, then
/// <c>media:title</c>; dates from <c>pubDate</c>/<c>dcterms:issued</c>, else <c>dc:date</c>/<c>dcterms:modified</c>.
/// </summary>
internal static class RssItemReader
{
    public static EntryRead Read(XElement item, Uri documentUrl, TimeZoneInfo zone)
    {
        var baseUrl = BaseOf(item, documentUrl);
        var guidElement = OwnFirst(item, "guid");
        var about = item.Attribute(FeedNamespaces.Rdf + "about")?.Value.Trim();
        var guid = Text(guidElement) ?? (string.IsNullOrEmpty(about) ? null : about);
        var isPermaLink = guidElement?.Attribute("isPermaLink")?.Value.Trim() is not { } p || !p.Equals("false", StringComparison.OrdinalIgnoreCase);
        string?[] links =
        [
            Text(item.Elements(FeedNamespaces.FeedBurner + "origLink").FirstOrDefault()),
            Text(OwnFirst(item, "link")),
            item.Elements(FeedNamespaces.Atom + "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate")?.Attribute("href")?.Value,
            isPermaLink ? Text(guidElement) : null,
            about,
        ];
        var url = links.Select(l => Absolute(l, baseUrl)).FirstOrDefault(u => u is not null);
        if (url is null) return EntryRead.NoLink(guid, links.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)));

        var title = FeedText.Html(OwnFirst(item, "title"))
            ?? FeedText.Html(Module(item, FeedNamespaces.IsDc, "title").FirstOrDefault())
            ?? FeedText.Html(MediaTitle(item));
        var summary = FeedText.Html(OwnFirst(item, "description")) ?? FeedText.Html(Module(item, FeedNamespaces.IsDc, "description").FirstOrDefault());
        var published = EntryDates.Pick(item,
            e => EntryDates.Own(e, "pubDate") || EntryDates.DcTerms(e, "issued") || EntryDates.Atom(e, "published"),
            e => EntryDates.Dc(e, "date") || EntryDates.DcTerms(e, "modified") || EntryDates.Atom(e, "updated"),
            e => EntryDates.DcTerms(e, "created"), zone);
        return EntryRead.Of(new FeedEntry(guid, url, title, summary, Text(item.Element(FeedNamespaces.Content + "encoded")), published));
    }

    /// <summary><c>media:title</c> on the item, or inside its <c>media:group</c> or <c>media:content</c>.</summary>
    private static XElement? MediaTitle(XElement item) =>
        Module(item, FeedNamespaces.IsMedia, "title").FirstOrDefault()
        ?? item.Elements().Where(e => FeedNamespaces.IsMedia(e.Name.Namespace) && e.Name.LocalName is "group" or "content")
            .SelectMany(g => Module(g, FeedNamespaces.IsMedia, "title")).FirstOrDefault();
}
