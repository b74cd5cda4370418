namespace DiplomacyTracker.Intake;

/// <summary>
/// 4-word shingles of a text, for near-duplicate detection, and a bottom-k sketch of them that is stored with each
/// article so the store can screen candidates without re-reading their text.
/// </summary>
public static class Shingles
{
    public const int MinimumForComparison = 20;
    public const int SketchSize = 64;

    /// <summary>The set of shingle hashes (FNV-1a over four lower-cased words; stable across processes).</summary>
    public static HashSet<ulong> Of(string text)
    {
        var words = new List<ulong>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                words.Add(WordHash(text.AsSpan(start, i - start)));
                start = -1;
            }
        }
        var set = new HashSet<ulong>();
        for (var i = 0; i + 4 <= words.Count; i++)
            set.Add(Mix(Mix(Mix(words[i], words[i + 1]), words[i + 2]), words[i + 3]));
        return set;
    }

    /// <summary>Shared shingles over the smaller set: 1.0 when one text contains the other.</summary>
    public static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }

    /// <summary>The <see cref="SketchSize"/> smallest hashes, as bytes for the store.</summary>
    public static byte[] Sketch(HashSet<ulong> shingles)
    {
        var smallest = shingles.Order().Take(SketchSize).ToArray();
        var bytes = new byte[smallest.Length * 8];
        for (var i = 0; i < smallest.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), smallest[i]);
        return bytes;
    }

    /// <summary>
    /// Estimated <see cref="Overlap"/> from two sketches and the set sizes (bottom-k Jaccard estimate turned into the
    /// overlap over the smaller set). Used only to screen: a candidate above the screen is checked on its full text.
    /// </summary>
    public static double EstimateOverlap(byte[] sketchA, int countA, byte[] sketchB, int countB)
    {
        if (countA == 0 || countB == 0) return 0;
        var a = Read(sketchA);
        var b = Read(sketchB);
        var union = a.Union(b).Order().Take(SketchSize).ToList();
        if (union.Count == 0) return 0;
        var both = union.Count(h => a.Contains(h) && b.Contains(h));
        var jaccard = (double)both / union.Count;
        return Math.Min(1, jaccard * (countA + countB) / ((1 + jaccard) * Math.Min(countA, countB)));
    }

    private static HashSet<ulong> Read(byte[] sketch)
    {
        var set = new HashSet<ulong>();
        for (var i = 0; i + 8 <= sketch.Length; i += 8) set.Add(BitConverter.ToUInt64(sketch, i));
        return set;
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in word)
        {
            hash ^= char.ToLowerInvariant(ch);
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private static ulong Mix(ulong a, ulong b) => (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * 1099511628211UL;
}
