using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds an article's summits: runs the language's summit sieves (<see cref="SummitSieves"/>), folds the reports of one
/// meeting into one summit (<see cref="SummitMerger"/>), then settles each summit's status against its day (a meeting
/// whose day is past was held, one still ahead is not), places a meeting held on the day of a datelined report at the
/// dateline, and drops what is not a summit on the timeline: fewer than two leaders, or no status and no day.
/// </summary>
internal static class SummitExtractor
{
    /// <summary>Runs the sieves and merges; each summit keeps the sieve of its first, most precise report.</summary>
    public static List<FoundSummit> Extract(AnalysedDocument doc, ActorCatalog catalog, List<SieveFailure> failures)
    {
        var sieved = SieveRunner.Run(doc, SummitSieves.For(doc.Language, catalog), failures, c => c.Clone());
        var candidates = new List<SummitCandidate>();
        foreach (var f in sieved)
        {
            f.Fact.Sieve = f.Sieve;
            candidates.Add(f.Fact);
        }
        FrameGatherings(candidates);
        var merged = SummitMerger.Merge(candidates, doc);
        var result = new List<FoundSummit>();
        var published = doc.Published;
        var dateline = SummitPlaces.Dateline(doc);
        var headline = doc.Language == "ko" ? null : SummitPlaces.OfHeadline(doc.Title);
        var first = true;
        foreach (var c in merged)
        {
            Settle(c, published);
            if (c.Status is null) continue;
            // "HANOI (AP) -- The summit … ended on Thursday": an event on the publication day happened where the dateline is.
            if (c.Location is null && dateline is not null && c.Status == SummitStatus.Held && published is { IsKnown: true } pd
                && c.Start is { Precision: >= DatePrecision.Day } sd && Math.Abs(sd.LocalDay.DayNumber - pd.LocalDay.DayNumber) <= 1)
                (c.Location, c.PlaceCountry, c.PlaceLevel) = (dateline.Display, dateline.CountryCode, dateline.Level);
            // A multilateral summit is on the timeline with its day (or, framing a meeting, its place); a meeting needs two leaders (a Korean report
            // keeps its placed summit, as the Korean reader decides).
            if (c.Multilateral ? c.Start is null && c.Location is null
                : c.Participants.Count < 2 && !(c.Sieve.StartsWith("korean.", StringComparison.Ordinal) && c.Location is not null)) continue;
            // The headline's city places the article's first summit when the body leaves it unplaced ("… cut short Hanoi summit").
            if (first && !c.Multilateral && c.Location is null && headline is not null && !c.Earlier)
                (c.Location, c.PlaceCountry, c.PlaceLevel) = (headline.Display, headline.CountryCode, headline.Level);
            if (!c.Multilateral) first = false;
            c.Title = SummitMerger.Title(c, doc, catalog);
            result.Add(c.ToFound(doc.Text) with { Sieve = c.Sieve });
        }
        return result;
    }

    /// <summary>"held a summit with Xi on the sidelines of the G20 summit in Osaka": a gathering framing a meeting is a summit in
    /// the meeting's state (held if the meeting was held or called off, planned if it is planned) and, unplaced, in its place.</summary>
    private static void FrameGatherings(List<SummitCandidate> candidates)
    {
        foreach (var g in candidates.Where(c => c.Multilateral && c.Framing))
        {
            // "The meeting will be the leaders' second since their first summit talks on Nov. 1 on the sidelines of the APEC summit":
            // the meeting right before the frame is the one held at it.
            var meeting = candidates.Where(c => !c.Multilateral && c.EvidenceStart == g.EvidenceStart && c.FrameIndex == g.TriggerIndex)
                .OrderBy(c => c.TriggerIndex < g.TriggerIndex ? 0 : 1).ThenByDescending(c => c.TriggerIndex).FirstOrDefault();
            if (meeting is null) continue;
            if (g.Location is null && meeting.Location is not null && !(meeting.PlaceCountry is null && meeting.PlaceLevel == PlaceLevel.Region))
                (g.Location, g.PlaceCountry, g.PlaceLevel) = (meeting.Location, meeting.PlaceCountry, meeting.PlaceLevel);
            if (g.Status is null && meeting.Status is { } status)
                (g.Status, g.StatusRank) = (status is SummitStatus.Cancelled or SummitStatus.Postponed ? SummitStatus.Held : status, 1);
        }
    }

    /// <summary>The status against the day: a plan whose whole day is past was held, a "held" meeting still ahead is planned,
    /// and a report with no status word takes it from its day (none: no summit).</summary>
    private static void Settle(SummitCandidate c, FuzzyDate? published)
    {
        if (published is not { IsKnown: true } p) return;
        var today = p.LocalDay;
        var start = c.Start is { IsKnown: true } s ? s : (FuzzyDate?)null;
        var end = c.End is { IsKnown: true } e ? e : start;
        var past = end is { } last && LastDay(last) < today && last.Precision >= DatePrecision.Day;
        var ahead = start is { } first && first.LocalDay > today;
        if (c.Status is null)
            c.Status = end is { } d && LastDay(d) <= today ? SummitStatus.Held : ahead ? SummitStatus.Planned : null;
        else if (past && c.Status is SummitStatus.Planned or SummitStatus.Proposed && !c.Earlier) c.Status = SummitStatus.Held;
        else if (ahead && c.Status == SummitStatus.Held) c.Status = SummitStatus.Planned;
    }

    private static DateOnly LastDay(FuzzyDate d) => DateOnly.FromDateTime(d.LatestUtc.AddMinutes(d.OffsetMinutes));
}
