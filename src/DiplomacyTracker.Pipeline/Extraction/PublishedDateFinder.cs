using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Decides when an article was published, trusting sources in order: JSON-LD datePublished, meta tags,
/// a &lt;time datetime&gt; near the title (never one in a sidebar), the URL path, then visible text near the title.
/// A date after the fetch time is never accepted.</summary>
internal static partial class PublishedDateFinder
{
    [GeneratedRegex(@"/((?:19|20)\d{2})[/\-_.]?(0[1-9]|1[0-2])[/\-_.]?(0[1-9]|[12]\d|3[01])(?=[/\-_.]|\D|$)")]
    private static partial Regex UrlDay();

    [GeneratedRegex(@"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/")]
    private static partial Regex UrlMonth();

    [GeneratedRegex(@"(published|posted|first published|date|입력|등록|작성|기사입력)\s*(on|:)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"sidebar|related|widget|popular|recent|teaser|recommend|trending|more-|most-|latest|rail|aside|footer|comment", RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereOnPage();

    public static (FuzzyDate Date, string Source)? Find(PageMetadata meta, Uri? url, string? headerText, TimeZoneInfo zone, DateTimeOffset fetchedAt)
    {
        bool Plausible(FuzzyDate? d) => d is { } x && x.EarliestUtc <= fetchedAt.UtcDateTime && x.EarliestUtc.Year >= 1990;

        var fromJson = DateTextParser.ParseMachine(meta.JsonLdDate, zone);
        if (Plausible(fromJson)) return (fromJson!.Value, "json-ld");
        foreach (var value in meta.MetaDates)
            if (DateTextParser.ParseMachine(value, zone) is { } d && Plausible(d)) return (d, "meta");
        foreach (var time in TimeElementsByNearness(meta.TimeElements, meta.TitleHeading))
            if (DateTextParser.ParseMachine(time.GetAttribute("datetime"), zone) is { } d && Plausible(d)) return (d, "time");
        if (url is not null && FromUrl(url.AbsolutePath, zone) is { } u && Plausible(u)) return (u, "url");
        if (headerText is not null && FromText(headerText, zone, Plausible) is { } t) return (t, "text");
        return null;
    }

    /// <summary>A date written in visible text: a labelled one ("Published: ...") first, else the first date.</summary>
    public static FuzzyDate? FromText(string text, TimeZoneInfo zone, Func<FuzzyDate?, bool> plausible)
    {
        foreach (Match label in PublishedLabel().Matches(text))
        {
            var after = text.Substring(label.Index + label.Length, Math.Min(80, text.Length - label.Index - label.Length));
            if (DateTextParser.FindInText(after, zone) is { Index: < 25 } found && plausible(found.Date)) return found.Date;
        }
        var rest = text;
        for (var tries = 0; tries < 5 && DateTextParser.FindInText(rest, zone) is { } hit; tries++)
        {
            if (plausible(hit.Date)) return hit.Date;
            rest = rest[(hit.Index + 4)..];
        }
        return null;
    }

    private static FuzzyDate? FromUrl(string path, TimeZoneInfo zone)
    {
        if (UrlDay().Match(path) is { Success: true } d
            && DateOnly.TryParseExact($"{d.Groups[1].Value}-{d.Groups[2].Value}-{d.Groups[3].Value}", "yyyy-MM-dd", out var day))
            return FuzzyDate.FromDay(day, zone);
        if (UrlMonth().Match(path) is { Success: true } m)
            return FuzzyDate.FromMonth(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), zone);
        return null;
    }

    /// <summary>Time elements outside sidebars/teasers: those after the title first (nearest first), then those before it (nearest first).</summary>
    private static IEnumerable<IElement> TimeElementsByNearness(IReadOnlyList<IElement> all, IElement? title)
    {
        var times = all.Where(t => !IsElsewhere(t)).ToList();
        if (title is null) return times;
        var after = times.Where(t => title.CompareDocumentPosition(t).HasFlag(DocumentPositions.Following) || title.Contains(t));
        var before = times.Where(t => title.CompareDocumentPosition(t).HasFlag(DocumentPositions.Preceding)).Reverse();
        return after.Concat(before);
    }

    private static bool IsElsewhere(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null && depth < 40; e = e.ParentElement, depth++)
        {
            if (e.TagName is "ASIDE" or "NAV" or "FOOTER") return true;
            var names = ClassHints.Names(e);
            if (names.Length > 0 && ElsewhereOnPage().IsMatch(names)) return true;
            if (e.TagName is "MAIN" or "BODY") return false;
        }
        return false;
    }
}
