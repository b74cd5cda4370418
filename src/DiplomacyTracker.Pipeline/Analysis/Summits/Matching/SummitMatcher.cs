using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A summit the store already knows, as the matcher needs it.</summary>
public sealed record KnownSummit(int Id, string Title, FuzzyDate? Start, FuzzyDate? End, string? Location, SummitStatus Status, IReadOnlyList<string> ParticipantKeys);

/// <summary>
/// Decides whether a summit found in an article is one already known, so several articles reporting the same summit
/// become one summit with every article as evidence: participants overlap, dates overlap, places agree. Without a date
/// on either side a shared place or title is required, so an undated "proposed Trump–Kim meeting" never swallows Singapore 2018.
/// </summary>
public static class SummitMatcher
{
    /// <summary>How recent a held summit must be for an undated "their summit" in a report to mean it.</summary>
    public static readonly TimeSpan RecentHeldWindow = TimeSpan.FromDays(31);

    /// <summary>
    /// The best matching known summit, or null. When the report says a summit was held but not when, and names no place,
    /// <paramref name="reportedOn"/> (the article's date) decides: it is the known held summit of exactly the same
    /// participants that began in the month before the report (the news it reports), and only when there is one such.
    /// </summary>
    public static KnownSummit? FindMatch(FoundSummit found, IEnumerable<KnownSummit> known, FuzzyDate? reportedOn = null)
    {
        KnownSummit? best = null;
        var bestScore = 0.0;
        var bestDistance = double.MaxValue;
        var candidates = known as IReadOnlyCollection<KnownSummit> ?? known.ToList();
        foreach (var k in candidates)
        {
            if (reportedOn is { IsKnown: true } on && !PlausibleForReport(found, k, on)) continue;
            var score = Score(found.Title, found.Start, found.End, found.Location, found.ParticipantKeys, k.Title, k.Start, k.End, k.Location, k.ParticipantKeys);
            if (score <= 0) continue;
            // Equal scores (an undated report matching two summits in one city): the one nearest the report wins.
            var distance = reportedOn is { IsKnown: true } r && k.Start is { IsKnown: true } ks ? Math.Abs((ks.EarliestUtc - r.EarliestUtc).TotalDays) : double.MaxValue / 2;
            if (score > bestScore || (score == bestScore && distance < bestDistance)) { best = k; bestScore = score; bestDistance = distance; }
        }
        if (best is null && found.Status == SummitStatus.Held && found.Start is not { IsKnown: true } && found.Location is null
            && found.ParticipantKeys.Count >= 2 && reportedOn is { IsKnown: true } report)
        {
            var recent = candidates.Where(k => k.Status == SummitStatus.Held && k.Start is { IsKnown: true } start
                    && start.EarliestUtc <= report.LatestUtc && start.EarliestUtc >= report.EarliestUtc - RecentHeldWindow
                    && k.ParticipantKeys.Count == found.ParticipantKeys.Count
                    && k.ParticipantKeys.All(p => found.ParticipantKeys.Contains(p, StringComparer.Ordinal)))
                .ToList();
            if (recent.Count == 1) best = recent[0];
        }
        return best;
    }

    /// <summary>
    /// Whether an undated report can be about <paramref name="known"/> given when it was written: a summit still
    /// proposed, planned or postponed lies ahead (or at most a week behind) the report; a held one lies behind it.
    /// "The upcoming APEC summit in Gyeongju" in 2025 is not the 2005 Gyeongju summit.
    /// </summary>
    internal static bool PlausibleForReport(FoundSummit found, KnownSummit known, FuzzyDate reportedOn)
    {
        if (found.Start is { IsKnown: true } || known.Start is not { IsKnown: true } start) return true;
        var end = known.End is { IsKnown: true } e ? e : start;
        return found.Status switch
        {
            SummitStatus.Held => start.EarliestUtc <= reportedOn.LatestUtc + TimeSpan.FromDays(1),
            SummitStatus.Proposed or SummitStatus.Planned or SummitStatus.Postponed => end.LatestUtc >= reportedOn.EarliestUtc - TimeSpan.FromDays(7),
            _ => end.LatestUtc >= reportedOn.EarliestUtc - TimeSpan.FromDays(366),
        };
    }

    /// <summary>
    /// The status after a new report: the newer report (by publication date) wins, whatever it says, so a first wrong
    /// "held" never freezes a summit; an older report never overrides a newer one. Undated or same-day reports: the
    /// further state wins (see <see cref="SummitStatusResolver"/>, which derives the status from all the reports).
    /// </summary>
    public static SummitStatus MergeStatus(SummitStatus current, FuzzyDate? currentReportDate, SummitStatus incoming, FuzzyDate? incomingReportDate)
    {
        if (currentReportDate is { IsKnown: true } c && incomingReportDate is { IsKnown: true } i && c.EarliestUtc != i.EarliestUtc)
            return i.EarliestUtc > c.EarliestUtc ? incoming : current;
        return SummitStatusResolver.Rank(incoming) > SummitStatusResolver.Rank(current) ? incoming : current;
    }

    /// <summary>0 when the two cannot be the same summit; higher is a better match.</summary>
    internal static double Score(string titleA, FuzzyDate? startA, FuzzyDate? endA, string? locA, IReadOnlyList<string> pA,
        string titleB, FuzzyDate? startB, FuzzyDate? endB, string? locB, IReadOnlyList<string> pB)
    {
        var score = 0.0;
        if (pA.Count > 0 && pB.Count > 0)
        {
            var common = pA.Intersect(pB, StringComparer.Ordinal).Count();
            var union = pA.Union(pB, StringComparer.Ordinal).Count();
            if (common == 0 || common * 2 < union) return 0;
            score += (double)common / union;
        }
        if (!LocationsCompatible(locA, locB)) return 0;
        var sameTitle = string.Equals(ActorCatalog.NormalizeName(titleA), ActorCatalog.NormalizeName(titleB), StringComparison.Ordinal);
        var samePlace = locA is not null && locB is not null;
        if (startA is { IsKnown: true } sa && startB is { IsKnown: true } sb)
        {
            var a = new FuzzyDate(sa.EarliestUtc, (endA is { IsKnown: true } ea ? ea : sa).LatestUtc, sa.Precision, sa.OffsetMinutes);
            var b = new FuzzyDate(sb.EarliestUtc, (endB is { IsKnown: true } eb ? eb : sb).LatestUtc, sb.Precision, sb.OffsetMinutes);
            if (!a.Overlaps(b)) return 0;
            score += 1;
        }
        else if (!samePlace && !sameTitle) return 0;
        if ((pA.Count == 0 || pB.Count == 0) && !samePlace && !sameTitle) return 0;
        if (samePlace) score += 0.5;
        if (sameTitle) score += 0.5;
        else score += 0.25 * Math.Min(2, SharedTitleWords(titleA, titleB, locA, locB));
        return score;
    }

    private static readonly HashSet<string> GenericTitleWords = new(StringComparer.Ordinal)
    {
        "summit", "summits", "meeting", "meetings", "talks", "leaders", "leader", "the", "of", "in", "and", "with", "visit",
        "state", "trip", "economic", "conference", "first", "second", "third", "inter", "korean", "bilateral", "trilateral",
    };

    /// <summary>Telling words two titles share ("APEC"), leaving out generic ones and the places (a shared city is counted once, as the place).</summary>
    private static int SharedTitleWords(string a, string b, string? locA, string? locB)
    {
        static IEnumerable<string> Words(string? text) => ActorCatalog.NormalizeName(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var places = Words(locA).Concat(Words(locB)).ToHashSet(StringComparer.Ordinal);
        return Words(a).Intersect(Words(b), StringComparer.Ordinal)
            .Count(w => w.Length >= 3 && !GenericTitleWords.Contains(w) && !places.Contains(w));
    }

    /// <summary>Words that say nothing about which place is meant: shared, they do not make two places one.</summary>
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "island", "korea", "korean", "north", "south", "east", "west", "city", "united", "states", "republic", "people",
        "peoples", "democratic", "hotel", "house", "palace", "center", "centre", "international", "convention", "hall",
        "resort", "building", "china", "japan", "russia", "america", "province", "county", "district",
    };

    /// <summary>
    /// "Hanoi" and "Hanoi, Vietnam" agree; "Hanoi" and "Singapore" do not; an unknown place agrees with any. Only the
    /// specific part (before the first comma) can make two places one by a shared word: "Gyeongju, South Korea" and
    /// "Pyongyang, North Korea" share "Korea" and are still two places.
    /// </summary>
    internal static bool LocationsCompatible(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return true;
        var na = ActorCatalog.NormalizeName(a);
        var nb = ActorCatalog.NormalizeName(b);
        if (na.Contains(nb, StringComparison.Ordinal) || nb.Contains(na, StringComparison.Ordinal)) return true;
        var partsA = a.Split(',').Select(ActorCatalog.NormalizeName).Where(p => p.Length > 0).ToList();
        var partsB = b.Split(',').Select(ActorCatalog.NormalizeName).Where(p => p.Length > 0).ToList();
        if (partsA.Count == 0 || partsB.Count == 0) return true;
        if (partsA.Contains(partsB[0]) || partsB.Contains(partsA[0])) return true;
        // "Russky Island, Vladivostok" ~ "Vladivostok, Russia": a telling word of one's first part (venue or city) in the other.
        string[] Specific(List<string> parts) => parts[0].Split(' ').Where(w => w.Length > 3 && !GenericPlaceWords.Contains(w)).ToArray();
        return Specific(partsA).Any(w => nb.Split(' ').Contains(w)) || Specific(partsB).Any(w => na.Split(' ').Contains(w));
    }
}
