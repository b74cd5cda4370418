namespace DiplomacyTracker.Intake;

/// <summary>4-word shingles of a text, for near-duplicate detection.</summary>
public static class Shingles
{
    public const int MinimumForComparison = 20;

    public static HashSet<long> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        var set = new HashSet<long>();
        for (var i = 0; i + 4 <= words.Count; i++)
            set.Add(HashCode.Combine(words[i], words[i + 1], words[i + 2], words[i + 3]) * 31L + words[i].Length);
        return set;
    }

    /// <summary>Shared shingles over the smaller set: 1.0 when one text contains the other.</summary>
    public static double Overlap(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }
}
