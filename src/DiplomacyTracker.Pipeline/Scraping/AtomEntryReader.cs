using System.Xml.Linq;
using static DiplomacyTracker.Scraping.FeedParser;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads one Atom 1.0 or 0.3 <c>entry</c>: the alternate link (its <c>href</c>, or in Atom 0.3 its text), else a link
/// of another kind that is not an enclosure, edit or feed link; text constructs of every type (<see cref="FeedText"/>);
/// <c>published</c>/<c>issued</c>, else the newest of <c>updated</c>/<c>modified</c>/<c>dc:date</c>, else <c>created</c>.
/// </summary>
internal static class AtomEntryReader
{
    private static readonly HashSet<string> NotTheStory = ["enclosure", "self", "edit", "edit-media", "replies", "license", "hub", "next", "previous", "first", "last"];

    public static EntryRead Read(XElement entry, Uri documentUrl, TimeZoneInfo zone)
    {
        var id = Text(OwnFirst(entry, "id"));
        var links = Own(entry, "link").Select(l => (Rel: (l.Attribute("rel")?.Value ?? "alternate").Trim().ToLowerInvariant(),
            Href: l.Attribute("href")?.Value ?? Text(l), Base: BaseOf(l, documentUrl))).Where(l => !string.IsNullOrWhiteSpace(l.Href)).ToList();
        var candidates = entry.Elements(FeedNamespaces.FeedBurner + "origLink").Select(o => (Href: Text(o), Base: BaseOf(o, documentUrl)))
            .Concat(links.Where(l => l.Rel == "alternate").Select(l => (l.Href, l.Base)))
            .Concat(links.Where(l => l.Rel != "alternate" && !NotTheStory.Contains(l.Rel)).Select(l => (l.Href, l.Base)));
        var url = candidates.Select(c => Absolute(c.Href, c.Base)).FirstOrDefault(u => u is not null);
        if (url is null) return EntryRead.NoLink(id, links.Select(l => l.Href).FirstOrDefault());

        var title = FeedText.Html(OwnFirst(entry, "title"))
            ?? FeedText.Html(Module(entry, FeedNamespaces.IsDc, "title").FirstOrDefault())
            ?? FeedText.Html(Module(entry, FeedNamespaces.IsMedia, "title").FirstOrDefault());
        var published = EntryDates.Pick(entry,
            e => EntryDates.Own(e, "published", "issued") || EntryDates.DcTerms(e, "issued"),
            e => EntryDates.Own(e, "updated", "modified") || EntryDates.Dc(e, "date") || EntryDates.DcTerms(e, "modified"),
            e => EntryDates.Own(e, "created") || EntryDates.DcTerms(e, "created"), zone);
        return EntryRead.Of(new FeedEntry(id, url, title, FeedText.Html(OwnFirst(entry, "summary")), FeedText.Html(OwnFirst(entry, "content")), published));
    }
}
