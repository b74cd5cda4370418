namespace DiplomacyTracker.Evaluation;

/// <summary>
/// The words that carry a statement's content (lower-cased, three letters or more, minus a few function words),
/// so two delimitations of the same words can be compared without fussing over punctuation or quote marks.
/// </summary>
public static class ContentWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "from", "are", "was", "were", "been", "has", "have", "had",
        "but", "not", "its", "his", "her", "hers", "their", "they", "them", "she", "you", "our", "who", "which",
        "will", "would", "can", "could", "should", "shall", "may", "might", "must", "into", "onto", "than", "then",
        "there", "these", "those", "also", "any", "all", "such", "what", "when", "where", "while", "about", "being",
    };

    /// <summary>The distinct content words of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            if (isLetter || start < 0) continue;
            if (i - start >= 3)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!StopWords.Contains(word)) words.Add(word);
            }
            start = -1;
        }
        return words;
    }

    /// <summary>
    /// The share of <paramref name="reference"/>'s content words that appear in <paramref name="candidate"/> (0..1).
    /// A reference without content words is covered only when the candidate contains it verbatim (ignoring case).
    /// </summary>
    public static double Coverage(string reference, string candidate)
    {
        var wanted = Of(reference);
        if (wanted.Count == 0)
            return reference.Trim().Length > 0 && candidate.Contains(reference.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var have = Of(candidate);
        return (double)wanted.Count(have.Contains) / wanted.Count;
    }

    /// <summary>The 60% rule: enough of the reference's content words are in the candidate.</summary>
    public static bool Covers(string candidate, string reference, double threshold = 0.6) =>
        Coverage(reference, candidate) >= threshold - 1e-9;
}
