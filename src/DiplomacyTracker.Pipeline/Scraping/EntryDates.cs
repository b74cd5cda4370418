using System.Xml.Linq;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The one date a tracker keeps per entry: the published one (when several are given, the last, as feedparser reads
/// them), else the newest updated one, else the created one. An unreadable or impossible date is dropped, never the entry.
/// </summary>
internal static class EntryDates
{
    /// <summary>The entry's date; each kind is recognised by a predicate over its children, so document order is kept.</summary>
    public static DateTimeOffset? Pick(XElement entry, Func<XElement, bool> published, Func<XElement, bool> updated, Func<XElement, bool> created, TimeZoneInfo zone) =>
        Parsed(entry.Elements().Where(published), zone).LastOrDefault()
        ?? Parsed(entry.Elements().Where(updated), zone).OrderBy(d => d).LastOrDefault()
        ?? Parsed(entry.Elements().Where(created), zone).FirstOrDefault();

    /// <summary>Whether <paramref name="child"/> is one of these names in the feed format's own namespace (or its parent's).</summary>
    public static bool Own(XElement child, params string[] localNames) =>
        localNames.Contains(child.Name.LocalName) && (child.Name.Namespace == child.Parent?.Name.Namespace || FeedNamespaces.IsCore(child.Name.Namespace));

    public static bool Dc(XElement child, string localName) => child.Name.LocalName == localName && FeedNamespaces.IsDc(child.Name.Namespace);

    public static bool DcTerms(XElement child, string localName) => child.Name.LocalName == localName && FeedNamespaces.IsDcTerms(child.Name.Namespace);

    public static bool Atom(XElement child, string localName) => child.Name.LocalName == localName && child.Name.Namespace == FeedNamespaces.Atom;

    private static IEnumerable<DateTimeOffset?> Parsed(IEnumerable<XElement> elements, TimeZoneInfo zone) =>
        elements.Select(e => FeedDates.Parse(FeedParser.Text(e), zone)).Where(d => d is not null);
}
