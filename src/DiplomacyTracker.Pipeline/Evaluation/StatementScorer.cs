using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Evaluation;

/// <summary>Counts for one article (or, summed, for a whole set) of predicted statements against annotated ones.</summary>
/// <param name="TextMatched">Predicted statements whose text matches some annotated statement's text, whoever the speaker.</param>
/// <param name="SpeakerCorrect">Of those, the ones whose speaker is also the annotated statement's speaker.</param>
/// <param name="UnattributedViolations">Predicted statements lying on a sentence the annotator marked as unattributable.</param>
public sealed record StatementCounts(int Predicted, int Annotated, int Matched, int TextMatched, int SpeakerCorrect, int UnattributedViolations)
{
    public static StatementCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Annotated == 0 ? 0 : (double)Matched / Annotated;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>When the words were found, how often the right person got them (1 when nothing was found).</summary>
    public double SpeakerPrecision => TextMatched == 0 ? 1 : (double)SpeakerCorrect / TextMatched;

    public static StatementCounts operator +(StatementCounts a, StatementCounts b) => new(
        a.Predicted + b.Predicted, a.Annotated + b.Annotated, a.Matched + b.Matched,
        a.TextMatched + b.TextMatched, a.SpeakerCorrect + b.SpeakerCorrect, a.UnattributedViolations + b.UnattributedViolations);
}

/// <summary>One article's statement scoring with the statements behind the counts, for reading what went wrong.</summary>
public sealed record StatementMatching(
    StatementCounts Counts,
    IReadOnlyList<AnnotatedStatement> Missed,
    IReadOnlyList<FoundStatement> Unmatched,
    IReadOnlyList<FoundStatement> Violations);

/// <summary>
/// Scores predicted statements against an annotation: a prediction matches an annotated statement when the speaker
/// is the same catalog actor and it holds at least 60% of the annotated text's content words; pairs are taken
/// one-to-one, best overlap first.
/// </summary>
public static class StatementScorer
{
    public const double Threshold = 0.6;

    public static StatementCounts Score(
        IReadOnlyList<AnnotatedStatement> annotated,
        IReadOnlyList<string> unattributed,
        IReadOnlyList<FoundStatement> predicted,
        ActorCatalog catalog) => Match(annotated, unattributed, predicted, catalog).Counts;

    /// <summary>The counts plus what was missed, what was extra and what was pinned on an unattributed sentence.</summary>
    public static StatementMatching Match(
        IReadOnlyList<AnnotatedStatement> annotated,
        IReadOnlyList<string> unattributed,
        IReadOnlyList<FoundStatement> predicted,
        ActorCatalog catalog)
    {
        var annotatedKeys = annotated.Select(a => ResolveKey(a.Speaker, catalog)).ToList();
        var candidates = new List<(int P, int A, double Overlap)>();
        var textMatched = 0;
        var speakerCorrect = 0;
        var violations = new List<FoundStatement>();
        for (var p = 0; p < predicted.Count; p++)
        {
            var anyText = false;
            var rightSpeaker = false;
            for (var a = 0; a < annotated.Count; a++)
            {
                var overlap = ContentWords.Coverage(annotated[a].Text, predicted[p].Text);
                if (overlap < Threshold - 1e-9) continue;
                anyText = true;
                if (annotatedKeys[a] is { } key && key == predicted[p].SpeakerKey)
                {
                    rightSpeaker = true;
                    candidates.Add((p, a, overlap));
                }
            }
            if (anyText) textMatched++;
            if (rightSpeaker) speakerCorrect++;
            if (!anyText && unattributed.Any(u => Overlaps(predicted[p].Text, u))) violations.Add(predicted[p]);
        }

        var usedP = new HashSet<int>();
        var usedA = new HashSet<int>();
        foreach (var (p, a, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.P).ThenBy(c => c.A))
        {
            if (usedP.Contains(p) || usedA.Contains(a)) continue;
            usedP.Add(p);
            usedA.Add(a);
        }
        var counts = new StatementCounts(predicted.Count, annotated.Count, usedP.Count, textMatched, speakerCorrect, violations.Count);
        return new StatementMatching(
            counts,
            annotated.Where((_, a) => !usedA.Contains(a)).ToList(),
            predicted.Where((_, p) => !usedP.Contains(p)).ToList(),
            violations);
    }

    /// <summary>The catalog key of an annotated speaker name, or null when the name is unknown or ambiguous.</summary>
    public static string? ResolveKey(string name, ActorCatalog catalog)
    {
        var found = catalog.FindByName(name);
        return found.Count == 1 ? found[0].Key : null;
    }

    /// <summary>A prediction lies on an unattributed sentence when either holds 60% of the other's content words.</summary>
    public static bool Overlaps(string predictedText, string unattributedSentence)
    {
        var words = ContentWords.Of(predictedText);
        if (words.Count >= 2 && ContentWords.Covers(unattributedSentence, predictedText, Threshold)) return true;
        return ContentWords.Covers(predictedText, unattributedSentence, Threshold);
    }
}
