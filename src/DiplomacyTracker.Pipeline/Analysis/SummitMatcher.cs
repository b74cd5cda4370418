using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A summit already known to the store, as the matcher sees it.</summary>
public sealed record KnownSummit(int Id, string Title, FuzzyDate? Start, FuzzyDate? End, string? Location, SummitStatus Status, IReadOnlyList<string> ParticipantKeys);

/// <summary>
/// Decides when a summit found in an article is one the store already has, so the same summit reported by
/// several articles stays one summit with every article as evidence.
/// </summary>
public static class SummitMatcher
{
    public static KnownSummit? FindMatch(FoundSummit found, IEnumerable<KnownSummit> known)
    {
        KnownSummit? best = null;
        var bestScore = 0;
        foreach (var candidate in known)
        {
            var score = Score(found, candidate);
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best;
    }

    /// <summary>0 = not the same summit. Same participants (or none on one side with the same place) and overlapping dates.</summary>
    private static int Score(FoundSummit found, KnownSummit known)
    {
        var foundSet = found.ParticipantKeys.ToHashSet(StringComparer.Ordinal);
        var knownSet = known.ParticipantKeys.ToHashSet(StringComparer.Ordinal);
        var placeAgrees = PlaceAgrees(found.Location, known.Location);
        var datesOverlap = found.Start is { } fs && known.Start is { } ks && Span(fs, found.End).Overlaps(Span(ks, known.End));
        var datesConflict = found.Start is { } a && known.Start is { } b && !Span(a, found.End).Overlaps(Span(b, known.End));
        if (datesConflict || placeAgrees == false) return 0;

        var participantsAgree = foundSet.Count > 0 && foundSet.SetEquals(knownSet);
        if (foundSet.Count > 0 && knownSet.Count > 0 && !participantsAgree) return 0;
        if (foundSet.Count == 0 || knownSet.Count == 0)
        {
            // Multilateral meetings (APEC) carry no participants: the place and the dates must agree instead.
            return placeAgrees == true && (datesOverlap || (found.Start is null && known.Start is null)) ? 2 : 0;
        }
        if (datesOverlap) return placeAgrees == true ? 4 : 3;
        // Undated mentions ("the proposed Trump–Kim meeting") join an undated or still-unheld summit of the same people.
        var undated = found.Start is null || known.Start is null;
        return undated && known.Status is SummitStatus.Proposed or SummitStatus.Planned or SummitStatus.Postponed
               && found.Status is SummitStatus.Proposed or SummitStatus.Planned or SummitStatus.Postponed ? 1 : 0;
    }

    private static FuzzyDate Span(FuzzyDate start, FuzzyDate? end) =>
        end is { } e && e.LatestUtc > start.LatestUtc ? start with { LatestUtc = e.LatestUtc } : start;

    /// <summary>null = one side has no place; true = one names the other ("Hanoi" in "Hanoi, Vietnam"); false = different places.</summary>
    private static bool? PlaceAgrees(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return null;
        var first = a.Split(',')[0].Trim();
        var second = b.Split(',')[0].Trim();
        return a.Contains(second, StringComparison.OrdinalIgnoreCase) || b.Contains(first, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The status after a new report: the newer report wins, and nothing moves a summit that was held back to another state.
    /// </summary>
    public static SummitStatus MergeStatus(SummitStatus current, FuzzyDate? currentReportDate, SummitStatus incoming, FuzzyDate? incomingReportDate)
    {
        if (current == SummitStatus.Held) return current; // a summit that took place does not go back to planned
        var incomingIsNewer = incomingReportDate is null || currentReportDate is null
            || incomingReportDate.Value.EarliestUtc >= currentReportDate.Value.EarliestUtc;
        return incomingIsNewer ? incoming : current;
    }
}
