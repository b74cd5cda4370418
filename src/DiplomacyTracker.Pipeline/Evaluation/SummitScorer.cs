using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Evaluation;

/// <summary>Summits found against summits annotated, for one article or summed over a set.</summary>
public sealed record SummitCounts(int Predicted, int Annotated, int Found)
{
    public static SummitCounts Zero { get; } = new(0, 0, 0);

    public double Recall => Annotated == 0 ? 0 : (double)Found / Annotated;
    public double Precision => Predicted == 0 ? 0 : (double)Found / Predicted;

    public static SummitCounts operator +(SummitCounts a, SummitCounts b) =>
        new(a.Predicted + b.Predicted, a.Annotated + b.Annotated, a.Found + b.Found);
}

/// <summary>The counts plus what did not pair up, for the per-article report.</summary>
public sealed record SummitMatching(SummitCounts Counts, IReadOnlyList<AnnotatedSummit> Missed, IReadOnlyList<FoundSummit> Unmatched);

/// <summary>
/// Scores predicted summits: an annotated summit is found when a prediction has the same participants (by catalog key),
/// a place containing or contained in the annotated one, the annotated day (when given) and the same status.
/// </summary>
public static class SummitScorer
{
    public static SummitCounts Score(IReadOnlyList<AnnotatedSummit> annotated, IReadOnlyList<FoundSummit> predicted, ActorCatalog catalog) =>
        Match(annotated, predicted, catalog).Counts;

    /// <summary>Pairs annotated and predicted summits one-to-one; lists the annotated ones missed and the predictions left over.</summary>
    public static SummitMatching Match(IReadOnlyList<AnnotatedSummit> annotated, IReadOnlyList<FoundSummit> predicted, ActorCatalog catalog)
    {
        var used = new HashSet<int>();
        var missed = new List<AnnotatedSummit>();
        foreach (var summit in annotated)
        {
            var hit = Enumerable.Range(0, predicted.Count).FirstOrDefault(p => !used.Contains(p) && Agrees(summit, predicted[p], catalog), -1);
            if (hit < 0) missed.Add(summit); else used.Add(hit);
        }
        var unmatched = predicted.Where((_, p) => !used.Contains(p)).ToList();
        return new SummitMatching(new SummitCounts(predicted.Count, annotated.Count, used.Count), missed, unmatched);
    }

    public static bool Agrees(AnnotatedSummit annotated, FoundSummit predicted, ActorCatalog catalog)
    {
        if (annotated.ParsedStatus != predicted.Status) return false;

        var keys = annotated.Participants.Select(n => StatementScorer.ResolveKey(n, catalog)).ToList();
        if (keys.Any(k => k is null)) return false;
        if (!keys.ToHashSet(StringComparer.Ordinal).SetEquals(predicted.ParticipantKeys)) return false;

        if (!string.IsNullOrWhiteSpace(annotated.Location))
        {
            var want = annotated.Location.Trim();
            var have = predicted.Location?.Trim();
            if (string.IsNullOrEmpty(have)) return false;
            if (!want.Contains(have, StringComparison.OrdinalIgnoreCase) && !have.Contains(want, StringComparison.OrdinalIgnoreCase))
                return false;
        }

        if (annotated.Start is not null)
        {
            if (annotated.StartDay is not { } day) return false;
            if (predicted.Start is not { IsKnown: true } start || start.LocalDay != day) return false;
        }
        return true;
    }
}
