using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>A feed or download a page offers: announced in its head (&lt;link rel="alternate"&gt;) and listed on the page.</summary>
public sealed record AlternateLink(string Type, string Title, string Href, string Label);

/// <summary>
/// The feeds and downloads of a page, kept in ViewData for the layout, which writes them into the head so feed readers
/// and browsers find them. Every page has the summit feed and calendar; pages add their own (a search's CSV, JSON, Atom).
/// </summary>
public static class AlternateLinks
{
    public const string Key = "Alternates";
    public const string Atom = "application/atom+xml";
    public const string Calendar = "text/calendar";
    public const string Csv = "text/csv";
    public const string Json = "application/json";

    public static readonly AlternateLink SummitFeed = new(Atom, "New and changed summits (Atom)", "/feeds/summits.atom", "summit feed");
    public static readonly AlternateLink SummitCalendar = new(Calendar, "Planned and held summits (iCalendar)", "/calendar/summits.ics", "summit calendar");

    public static List<AlternateLink> Of(ViewDataDictionary viewData)
    {
        if (viewData[Key] is not List<AlternateLink> links) viewData[Key] = links = [];
        return links;
    }

    /// <summary>The page's own links, then the site-wide summit feed and calendar (each href once).</summary>
    public static IEnumerable<AlternateLink> ForHead(ViewDataDictionary viewData) =>
        Of(viewData).Append(SummitFeed).Append(SummitCalendar).DistinctBy(l => l.Href);

    /// <summary>A statement search's downloads and feed (the same query string as the search).</summary>
    public static void AddStatementSearch(ViewDataDictionary viewData, string query, string what)
    {
        var q = query.Length > 0 ? "?" + query : "";
        var links = Of(viewData);
        links.Add(new(Csv, $"{what} (CSV)", "/export/statements.csv" + q, "statements CSV"));
        links.Add(new(Json, $"{what} (JSON)", "/export/statements.json" + q, "statements JSON"));
        links.Add(new(Atom, $"{what} (Atom feed)", "/feeds/statements.atom" + q, "statements feed"));
    }

    /// <summary>The summit list's downloads (with the list's filters).</summary>
    public static void AddSummitList(ViewDataDictionary viewData, string query)
    {
        var q = query.Length > 0 ? "?" + query : "";
        var links = Of(viewData);
        links.Add(new(Csv, "Summits (CSV)", "/export/summits.csv" + q, "summits CSV"));
        links.Add(new(Json, "Summits (JSON)", "/export/summits.json" + q, "summits JSON"));
        links.Add(SummitFeed);
        links.Add(SummitCalendar);
    }
}
