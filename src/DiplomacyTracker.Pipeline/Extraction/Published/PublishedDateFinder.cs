using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Decides when an article was published. Every place a page states a date is read, in trust order:
/// (1) the page's own JSON-LD article, (2) publication meta tags and itemprop=datePublished, (3) the byline: a
/// &lt;time&gt; or an element named as a date near the title, or a "Published:"/"Veröffentlicht am" label,
/// (4) generic meta dates ("date", "dc.date"), (5) the day in the canonical URL, (6) the first date written near
/// the title or in the page title, (7) any other date element outside sidebars, comments and teasers, and
/// (8) last-modified dates. The first plausible one wins (never after the fetch, never before 1990); a UTC instant
/// then gets the day the page writes (<see cref="LocalDayResolver"/>).</summary>
internal static class PublishedDateFinder
{
    /// <summary>How many readings after a month-precision winner are looked at for a day inside that month.</summary>
    private const int Corroborators = 25;

    public static (FuzzyDate Date, string Source)? Find(PageMetadata meta, AngleSharp.Dom.IElement? body, Uri? url, HeaderText? header, TimeZoneInfo zone, DateTimeOffset fetchedAt)
    {
        bool Plausible(DateCandidate c) => c.Date.EarliestUtc <= fetchedAt.UtcDateTime && c.Date.EarliestUtc.Year >= DateBuilder.MinYear;
        var search = new PageDateSearch(meta, body, url, header, zone);
        using var candidates = search.Candidates().Where(Plausible).GetEnumerator();
        if (!candidates.MoveNext())
            return search.PageWideCandidates().Where(Plausible).FirstOrDefault() is { } remote ? (remote.Date, remote.Source) : null;
        var chosen = candidates.Current;
        if (chosen.Date.Precision < DatePrecision.Day)
            chosen = Rest(candidates).Take(Corroborators).FirstOrDefault(c => c.Date.Precision >= DatePrecision.Day && chosen.Date.Overlaps(c.Date)) ?? chosen;
        else if (chosen.IsUtcInstant)
            chosen = LocalDayResolver.Resolve(chosen, search.Witnesses().Where(Plausible));
        return (chosen.Date, chosen.Source);
    }

    private static IEnumerable<DateCandidate> Rest(IEnumerator<DateCandidate> candidates)
    {
        while (candidates.MoveNext()) yield return candidates.Current;
    }

    /// <summary>A date written in visible text: a labelled one ("Published: ...") first, else the first date.</summary>
    public static FuzzyDate? FromText(string text, TimeZoneInfo zone, Func<FuzzyDate?, bool> plausible)
    {
        foreach (var found in PageDateSearch.Labelled(text, zone, false))
            if (plausible(found.Date)) return found.Date;
        foreach (var found in DateTextParser.FindAll(text, zone, limit: 5))
            if (plausible(found.Date)) return found.Date;
        return null;
    }
}
