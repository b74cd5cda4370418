using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>Reads sitemap <c>&lt;url&gt;</c> entries (with Google News <c>news:news</c> title and date, else <c>lastmod</c>) and sitemap indexes.</summary>
internal static class SitemapReader
{
    public static EntryRead ReadUrl(XElement url, Uri baseUrl, TimeZoneInfo zone)
    {
        var rawLoc = FeedParser.Text(Child(url, "loc"));
        var loc = FeedParser.Absolute(rawLoc, baseUrl);
        if (loc is null) return EntryRead.NoLink(null, rawLoc);
        var news = Child(url, "news");
        var title = FeedParser.Text(news is null ? null : Child(news, "title"));
        var date = FeedDates.Parse(FeedParser.Text(news is null ? null : Child(news, "publication_date")), zone)
                   ?? FeedDates.Parse(FeedParser.Text(Child(url, "lastmod")), zone);
        return EntryRead.Of(new FeedEntry(null, loc, title, null, null, date));
    }

    /// <summary>Child sitemaps, newest <c>lastmod</c> first (undated last, in document order).</summary>
    public static IReadOnlyList<Uri> ReadIndex(XElement root, Uri baseUrl, TimeZoneInfo zone) =>
        root.Elements().Where(e => e.Name.LocalName == "sitemap")
            .Select((e, i) => (Url: FeedParser.Absolute(FeedParser.Text(Child(e, "loc")), baseUrl),
                Modified: FeedDates.Parse(FeedParser.Text(Child(e, "lastmod")), zone), Index: i))
            .Where(x => x.Url is not null)
            .OrderByDescending(x => x.Modified ?? DateTimeOffset.MinValue).ThenBy(x => x.Index)
            .Select(x => new Uri(x.Url!))
            .ToList();

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
