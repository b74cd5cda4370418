using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds summits: sentences where leaders or senior officials meet ("summit", "meeting", "talks with", "met", "state
/// visit", named multilateral summits such as APEC) and table rows; takes participants, place, dates and status words
/// near the trigger; merges the article's reports of one summit; a summit already past at publication is not Planned.
/// </summary>
internal static class SummitExtractor
{
    /// <summary>Runs the language's summit sieves (<see cref="SummitSieves"/>), then folds the article's reports of one
    /// meeting into one summit; each summit keeps the sieve of its first report.</summary>
    public static List<FoundSummit> Extract(AnalysedDocument doc, ActorCatalog catalog, List<SieveFailure> failures)
    {
        var published = doc.Published;
        var sieved = SieveRunner.Run(doc, SummitSieves.For(doc.Language, catalog), failures, c => c.Clone());
        var candidates = new List<SummitCandidate>();
        foreach (var f in sieved)
        {
            f.Fact.Sieve = f.Sieve;
            candidates.Add(f.Fact);
        }
        VisitDays.YieldToTalks(candidates);
        var merged = new List<SummitCandidate>();
        foreach (var c in candidates.OrderByDescending(c => c.Start is { IsKnown: true }))
        {
            var target = merged.FirstOrDefault(m => SameSummit(m, c));
            if (target is null) merged.Add(c); else target.Absorb(c);
        }
        var result = new List<FoundSummit>();
        var dateline = Countries.DatelinePlace(doc.Text, doc.Tokens);
        foreach (var c in merged.OrderBy(c => c.EvidenceStart))
        {
            if (c.Status is null) continue;
            // "HANOI (AP) -- The summit … ended on Thursday": an event on the publication day happened where the dateline is.
            if (c.Location is null && dateline is not null && c.Status == SummitStatus.Held && published is { IsKnown: true } pd
                && c.Start is { Precision: >= DatePrecision.Day } sd && Math.Abs(sd.LocalDay.DayNumber - pd.LocalDay.DayNumber) <= 1)
                c.Location = dateline;
            if (!c.Multilateral && c.Participants.Count < 2 && c.Location is null) continue;
            if (published is { IsKnown: true } p && (c.End ?? c.Start) is { IsKnown: true } e && e.LatestUtc < p.EarliestUtc && c.Status is SummitStatus.Planned or SummitStatus.Proposed)
                c.Status = SummitStatus.Held;
            if (published is { IsKnown: true } p2 && c.Start is { IsKnown: true } s && s.EarliestUtc > p2.LatestUtc && c.Status == SummitStatus.Held)
                c.Status = SummitStatus.Planned;
            result.Add(c.ToFound(doc.Text) with { Sieve = c.Sieve });
        }
        return result;
    }

    private static bool SameSummit(SummitCandidate a, SummitCandidate b)
    {
        if (a.Multilateral != b.Multilateral) return false;
        if (a.Multilateral) return string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase) && DatesAgree(a, b);
        if (a.EvidenceStart == b.EvidenceStart && a.Earlier != b.Earlier) return false; // "talks on Sunday, their first since a meeting in New York"
        // "held a trilateral summit on Sunday … Yoon also held a summit with Kishida on Sunday": a pair and a trio are two meetings.
        if (a.Participants.Count >= 2 && b.Participants.Count >= 2 && a.Participants.Count != b.Participants.Count) return false;
        var datedA = a.Start is { IsKnown: true };
        var datedB = b.Start is { IsKnown: true };
        if ((datedA != datedB || !datedA) && a.Status is not null && b.Status is not null && (a.StrongStatus && b.StrongStatus || datedA != datedB)
            && IsPast(a.Status.Value) != IsPast(b.Status.Value)) return false;
        if (a.Participants.Count > 0 && b.Participants.Count > 0 && !datedA && !datedB && a.Location is null && b.Location is null)
            return a.Participants.Intersect(b.Participants).Count() * 2 >= a.Participants.Union(b.Participants).Count();
        return SummitMatcher.Score(a.Title, a.Start, a.End, a.Location, a.Participants, b.Title, b.Start, b.End, b.Location, b.Participants) > 0;
    }

    private static bool DatesAgree(SummitCandidate a, SummitCandidate b) =>
        a.Start is not { IsKnown: true } sa || b.Start is not { IsKnown: true } sb
        || new FuzzyDate(sa.EarliestUtc, (a.End ?? sa).LatestUtc, sa.Precision, 0).Overlaps(new FuzzyDate(sb.EarliestUtc, (b.End ?? sb).LatestUtc, sb.Precision, 0));

    private static bool IsPast(SummitStatus s) => s is SummitStatus.Held or SummitStatus.Cancelled;
}
