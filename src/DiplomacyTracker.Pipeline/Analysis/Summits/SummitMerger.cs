using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// One meeting is one summit: folds an article's reports of the same meeting together (same leaders, places that agree,
/// days that overlap) and lets a report that names nobody ("The summit will come on the heels of …", "They met at the
/// Vostochny Cosmodrome", a heading "FIRST SUMMIT, PYONGYANG (June 13-15, 2000)") complete the meeting it refers to.
/// A held meeting and a plan are one only when their days agree; the status with the weightiest words wins.
/// </summary>
internal static class SummitMerger
{
    public static List<SummitCandidate> Merge(List<SummitCandidate> candidates, AnalysedDocument doc)
    {
        var ordered = candidates.OrderBy(c => c.EvidenceStart).ThenBy(c => c.TriggerIndex).ToList();
        CompleteTrilaterals(ordered);
        var full = new List<SummitCandidate>();
        var summitOf = new Dictionary<SummitCandidate, SummitCandidate>(ReferenceEqualityComparer.Instance);
        foreach (var c in ordered.Where(c => !c.Partial))
        {
            var target = full.FirstOrDefault(m => SameMeeting(m, c, doc));
            if (target is null) full.Add(c); else Fold(target, c);
            summitOf[c] = target ?? c;
        }
        foreach (var p in ordered.Where(c => c.Partial && !c.StatusFollowUp))
            if (Referent(p, full, doc) is { } target) Fold(target, p);
        foreach (var p in ordered.Where(c => c.StatusFollowUp))
            if (Reported(p, ordered, summitOf, doc) is { } target) Fold(target, p);
        FoldStops(full);
        return full;
    }

    /// <summary>"Lee will travel to Shanghai before returning home" during a state visit to Beijing: a leg of the journey, whose
    /// host the place alone gives, is the same stay as the pair's meeting elsewhere in that country in those days (one state
    /// visit is one summit, at the place of the talks).</summary>
    private static void FoldStops(List<SummitCandidate> full)
    {
        foreach (var stop in full.Where(c => c.IsVisit && c.Rule.EndsWith("+host", StringComparison.Ordinal)).ToList())
        {
            var stay = full.FirstOrDefault(m => m != stop && !m.Multilateral && m.Participants.Count == stop.Participants.Count
                && m.Participants.All(stop.Participants.Contains) && (m.PlaceCountry ?? CountryOrNull(m)) is { } country
                && country == (stop.PlaceCountry ?? CountryOrNull(stop)) && VisitDaysAgree(m, stop));
            if (stay is null) continue;
            var (place, code, level) = (stay.Location, stay.PlaceCountry, stay.PlaceLevel);
            // "is planning to visit Seoul" and "his plan to visit South Korea": the capital is where the talks are, not a leg.
            if (LevelOf(stay) == PlaceLevel.Country && Gazetteer.CapitalOf(CountryOf(stay)!) is { } capital && stop.Location is not null
                && Contains(stop.Location, capital.Display))
                (place, code, level) = (stop.Location, stop.PlaceCountry, stop.PlaceLevel);
            Fold(stay, stop);
            (stay.Location, stay.PlaceCountry, stay.PlaceLevel) = (place, code, level);
            full.Remove(stop);
        }
    }

    private static string? CountryOrNull(SummitCandidate c) => c.Location is null ? null : CountryOf(c);

    private static bool VisitDaysAgree(SummitCandidate a, SummitCandidate b)
    {
        if (a.Start is not { IsKnown: true } sa || b.Start is not { IsKnown: true } sb) return true;
        var ea = (a.End is { IsKnown: true } x ? x : sa).LatestUtc;
        var eb = (b.End is { IsKnown: true } y ? y : sb).LatestUtc;
        var slack = TimeSpan.FromDays(4);
        return sa.EarliestUtc <= eb + slack && sb.EarliestUtc <= ea + slack;
    }

    /// <summary>"recalling the trilateral summit at Camp David with Joe Biden" after a Kishida–Yoon summit: a trilateral that
    /// names two takes its third from the latest earlier summit of a pair sharing one of them.</summary>
    private static void CompleteTrilaterals(List<SummitCandidate> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            if (!c.Trilateral || c.Participants.Count != 2) continue;
            for (var j = i - 1; j >= 0; j--)
            {
                var before = ordered[j];
                if (before.Multilateral || before.Partial || before.Participants.Count != 2 || !before.Participants.Any(c.Participants.Contains)) continue;
                if (before.Participants.Except(c.Participants).FirstOrDefault() is { } third) c.Participants.Add(third);
                break;
            }
        }
    }

    /// <summary>The meeting a report naming nobody refers to: the latest summit reported in the three sentences before it
    /// (or earlier in its own sentence); for a heading, the first one in the two sentences after it.</summary>
    private static SummitCandidate? Referent(SummitCandidate p, List<SummitCandidate> full, AnalysedDocument doc)
    {
        var n = doc.SentenceAt(p.EvidenceStart);
        if (p.Heading)
            return full.Where(c => !c.Multilateral && c.EvidenceStart > p.EvidenceStart && doc.SentenceAt(c.EvidenceStart) <= n + 2 && Compatible(c, p, doc))
                .OrderBy(c => c.EvidenceStart).FirstOrDefault();
        var before = full.Where(c => !c.Earlier && (c.EvidenceStart < p.EvidenceStart || c.EvidenceStart == p.EvidenceStart && c.TriggerIndex < p.TriggerIndex)
                && doc.SentenceAt(c.EvidenceStart) >= n - 3 && Compatible(c, p, doc) && !(c.Multilateral && c.Framing))
            .OrderBy(c => c.Multilateral) // a meeting of leaders before a gathering ("The summit will come on the heels of …")
            .ThenByDescending(c => c.EvidenceStart).ThenByDescending(c => c.TriggerIndex).FirstOrDefault();
        return before;
    }

    /// <summary>The summit a follow-up ("but it has been postponed", "the plan was put off") refers to: the one of the latest
    /// report before it, earlier in its sentence or in the three sentences before ("it": the sentence before), whose state the
    /// follow-up can take (a meeting held is not put off).</summary>
    private static SummitCandidate? Reported(SummitCandidate p, List<SummitCandidate> ordered, Dictionary<SummitCandidate, SummitCandidate> summitOf,
        AnalysedDocument doc)
    {
        var n = doc.SentenceAt(p.EvidenceStart);
        var reach = p.Rule.EndsWith("pronoun", StringComparison.Ordinal) ? 1 : 3;
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var c = ordered[i];
            if (c.Partial || c.Multilateral || c.Earlier || !summitOf.TryGetValue(c, out var summit)) continue;
            if (c.EvidenceStart > p.EvidenceStart || c.EvidenceStart == p.EvidenceStart && c.TriggerIndex > p.TriggerIndex) continue;
            if (doc.SentenceAt(c.EvidenceStart) < n - reach) break;
            if (summit.Status == SummitStatus.Held && summit.StatusRank >= 2 || c.Status == SummitStatus.Held && c.StatusRank >= 2) continue;
            return summit;
        }
        return null;
    }

    private static bool SameMeeting(SummitCandidate a, SummitCandidate b, AnalysedDocument doc)
    {
        if (a.Multilateral != b.Multilateral) return false;
        if (a.Multilateral) return string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase) && DatesAgree(a, b) && PlacesAgree(a, b);
        if (a.Earlier != b.Earlier && a.EvidenceStart == b.EvidenceStart) return false; // "talks on Sunday, their first since a meeting in New York"
        if (a.Participants.Count != b.Participants.Count || !a.Participants.All(b.Participants.Contains)) return false;
        return Compatible(a, b, doc);
    }

    /// <summary>Places agree, days agree, and a held meeting meets a plan only when both are dated alike (or one is under
    /// way on the report's day: "the summit with Putin will be meaningful" during it).</summary>
    private static bool Compatible(SummitCandidate a, SummitCandidate b, AnalysedDocument doc)
    {
        if (!PlacesAgree(a, b) || !DatesAgree(a, b)) return false;
        if (Stale(a, b, doc) || Stale(b, a, doc)) return false;
        var datedBoth = a.Start is { IsKnown: true } && b.Start is { IsKnown: true };
        if (Current(a, doc) || Current(b, doc)) return true;
        // A meeting held and one still to come (planned, proposed, put off, called off) are two, unless their days say otherwise.
        // "During their first summit" (held, weak words) and "urged Trump to attend the APEC summit" (proposed) are two.
        if (a.Status is { } sa && b.Status is { } sb && Past(sa) != Past(sb) && !datedBoth && Math.Min(a.StatusRank, b.StatusRank) >= 1
            && Math.Max(a.StatusRank, b.StatusRank) >= 2) return false;
        return true;
    }

    private static bool Past(SummitStatus s) => s == SummitStatus.Held;

    /// <summary>"no signs indicating an imminent meeting between Trump and Kim" in a 2025 article is not the Singapore summit of
    /// 2018 its table lists: a bare mention (no day, no status words) is not a report of a meeting dated more than two months
    /// before the article.</summary>
    private static bool Stale(SummitCandidate bare, SummitCandidate dated, AnalysedDocument doc) =>
        bare.Status is null && bare.Start is not { IsKnown: true } && !bare.Partial && doc.Day is { } today
        && dated.Start is { IsKnown: true } day && day.LocalDay.DayNumber < today.DayNumber - 60;

    /// <summary>Dated the report's day or the day before: the meeting is the news, whatever tense a remark about it takes.</summary>
    private static bool Current(SummitCandidate c, AnalysedDocument doc) =>
        doc.Day is { } today && c.Start is { Precision: >= DatePrecision.Day } s && Math.Abs(s.LocalDay.DayNumber - today.DayNumber) <= 1;

    private static bool DatesAgree(SummitCandidate a, SummitCandidate b)
    {
        if (a.Start is not { IsKnown: true } sa || b.Start is not { IsKnown: true } sb) return true;
        // A visit's days and its talks' day: a few days apart is one stay ("depart for Beijing on Sunday", "summit on Monday").
        var slack = a.IsVisit || b.IsVisit ? TimeSpan.FromDays(3) : TimeSpan.FromHours(12);
        var ea = (a.End is { IsKnown: true } x ? x : sa).LatestUtc;
        var eb = (b.End is { IsKnown: true } y ? y : sb).LatestUtc;
        return sa.EarliestUtc <= eb + slack && sb.EarliestUtc <= ea + slack;
    }

    /// <summary>One place contains the other (a venue in its city, a city in its country), or either is unknown.</summary>
    public static bool PlacesAgree(SummitCandidate a, SummitCandidate b)
    {
        if (a.Location is null || b.Location is null || Named(a) || Named(b)) return true;
        var (ca, cb) = (CountryOf(a), CountryOf(b));
        if (ca is not null && cb is not null && ca != cb) return false;
        var (la, lb) = (LevelOf(a), LevelOf(b));
        if (la <= PlaceLevel.Region || lb <= PlaceLevel.Region) return ca is not null && ca == cb || Contains(a.Location, b.Location);
        return Contains(a.Location, b.Location);
    }

    /// <summary>A gathering's name standing for the place ("NATO Summit"): it agrees with any real place.</summary>
    private static bool Named(SummitCandidate c) => c.PlaceCountry is null && c.PlaceLevel == PlaceLevel.Region;

    private static bool Contains(string a, string b) =>
        a.Contains(b.Split(',')[0].Trim(), StringComparison.OrdinalIgnoreCase) || b.Contains(a.Split(',')[0].Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? CountryOf(SummitCandidate c) => c.PlaceCountry ?? Gazetteer.Find(c.Location!.Split(',')[0])?.CountryCode;

    private static PlaceLevel LevelOf(SummitCandidate c) => c.PlaceLevel ?? Gazetteer.Find(c.Location!.Split(',')[0])?.Level ?? PlaceLevel.City;

    /// <summary>Folds <paramref name="other"/> into <paramref name="into"/>: the finer place, the more precise day, the
    /// weightier status words, every participant.</summary>
    private static void Fold(SummitCandidate into, SummitCandidate other)
    {
        foreach (var p in other.Participants) if (!into.Participants.Contains(p)) into.Participants.Add(p);
        if (other.Location is not null && (into.Location is null || Named(into) && !Named(other) || (other.PlaceLevel ?? PlaceLevel.City) > (into.PlaceLevel ?? PlaceLevel.City)))
            (into.Location, into.PlaceCountry, into.PlaceLevel) = (other.Location, other.PlaceCountry, other.PlaceLevel);
        if (other.Opening && other.Start is { Precision: DatePrecision.Day } opened && into.Start is { Precision: DatePrecision.Day } reported
            && opened.LocalDay < reported.LocalDay)
            (into.Start, into.End) = (opened, into.End ?? reported); // "ended on Wednesday … which opened Tuesday"
        else if (other.Start is { IsKnown: true } && (into.Start is not { IsKnown: true } || Sharper(other, into) || (other.DayFromLine && !into.DayFromLine)
            || into.IsVisit && !other.IsVisit && other.Start is { Precision: DatePrecision.Day } && !other.Partial))
            (into.Start, into.End) = (other.Start, other.End); // talks dated inside a visit: the talks' day
        if (other.Status is not null && (into.Status is null || other.StatusRank > into.StatusRank))
            (into.Status, into.StrongStatus, into.StatusRank) = (other.Status, other.StrongStatus, other.StatusRank);
        into.IsVisit &= other.IsVisit || other.Partial;
        into.Outcome ??= other.Outcome;
    }

    /// <summary>A single day beats a span ("on Sunday" over "early next week"), a finer precision a coarser one.</summary>
    private static bool Sharper(SummitCandidate a, SummitCandidate b)
    {
        if (a.Start is not { } sa || b.Start is not { } sb) return false;
        if (sa.Precision != sb.Precision) return sa.Precision > sb.Precision;
        return Span(a) < Span(b) && !a.IsVisit | b.IsVisit;
    }

    private static TimeSpan Span(SummitCandidate c) => ((c.End ?? c.Start)!.Value.LatestUtc - c.Start!.Value.EarliestUtc);

    /// <summary>"Beijing summit"; a gathering standing for the place is its own name ("APEC summit", never "APEC summit summit").</summary>
    public static string PlaceTitle(string place) =>
        place.EndsWith("summit", StringComparison.OrdinalIgnoreCase) ? place : place + " summit";

    /// <summary>"Beijing summit", else "Lee–Xi summit", else the gathering's name.</summary>
    public static string Title(SummitCandidate c, AnalysedDocument doc, ActorCatalog catalog)
    {
        if (c.Multilateral || c.Sieve == "english.summit-table" && c.Title != "Summit") return c.Title;
        if (c.Location is not null) return PlaceTitle(c.Location.Split(',')[0].Split(" (")[0]);
        return c.Participants.Count >= 2 ? string.Join('\u2013', c.Participants.Select(k => SummitSentenceReader.Surname(doc, catalog, k))) + " summit" : c.Title;
    }
}
