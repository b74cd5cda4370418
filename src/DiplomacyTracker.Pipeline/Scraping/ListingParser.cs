using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads an HTML listing page (a section front) into entries: every element matching the source's CSS selector
/// that is, or contains, a link. Pure: bytes in, entries out; a bad selector is a <see cref="FeedFormatException"/>.
/// </summary>
public static class ListingParser
{
    public static FeedDocument Parse(byte[] body, string? contentType, Uri baseUrl, string? linkSelector, TimeZoneInfo? zone = null)
    {
        var html = TextDecoding.Decode(body, contentType);
        var document = new HtmlParser().ParseDocument(html);
        var pageBase = document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(baseUrl, b, out var declared)
            ? declared : baseUrl;
        IEnumerable<IElement> matches;
        try
        {
            matches = document.QuerySelectorAll(string.IsNullOrWhiteSpace(linkSelector) ? "article a[href]" : linkSelector);
        }
        catch (DomException ex)
        {
            throw new FeedFormatException($"invalid link selector '{linkSelector}': {ex.Message}");
        }

        var entries = new List<FeedEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in matches)
        {
            var anchor = element.LocalName == "a" && element.HasAttribute("href") ? element : element.QuerySelector("a[href]");
            if (anchor is null) continue;
            if (FeedParser.Absolute(anchor.GetAttribute("href"), pageBase) is not { } url) continue;
            if (!seen.Add(TrackingParameters.StoreKey(url))) continue;
            var title = Collapse(anchor.TextContent);
            var time = element.QuerySelector("time[datetime]")?.GetAttribute("datetime");
            entries.Add(new FeedEntry(null, url, title.Length > 0 ? System.Net.WebUtility.HtmlEncode(title) : null, null, null, FeedDates.Parse(time, zone ?? TimeZoneInfo.Utc)));
        }
        return new FeedDocument("listing", entries, []);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
