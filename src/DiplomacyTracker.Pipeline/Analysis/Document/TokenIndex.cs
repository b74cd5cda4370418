namespace DiplomacyTracker.Analysis;

/// <summary>Binary searches over the article's sorted tokens and mentions.</summary>
internal static class TokenIndex
{
    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the token ending exactly at <paramref name="end"/>, or -1.</summary>
    public static int EndingAt(IReadOnlyList<Token> tokens, int end)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End == end) return mid;
            if (tokens[mid].End < end) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>.</summary>
    public static int FirstMentionAtOrAfter(IReadOnlyList<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
