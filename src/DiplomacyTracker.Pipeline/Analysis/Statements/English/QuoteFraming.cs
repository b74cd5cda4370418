namespace DiplomacyTracker.Analysis;

/// <summary>Where a statement that opens with a quote ends: at the closing mark, unless the quote runs on into the speaker's own clause.</summary>
internal static class QuoteFraming
{
    /// <summary>
    /// A quote opening the words is the whole statement when it is a sentence of its own (three words or more, or
    /// closed by a comma), or when what follows it only frames it: a comma, a time or place phrase ("on Tuesday in
    /// Seoul"), a participle ("indicating …"). A short fragment running on into the speaker's own words
    /// ("“hostile” policies must end") is not.
    /// </summary>
    public static bool IsWholeStatement(string text, IReadOnlyList<Token> tokens, QuoteSpan q, int contentEnd)
    {
        var inside = text.AsSpan(q.ContentStart, Math.Max(0, q.ContentEnd - q.ContentStart)).Trim();
        if (inside.Length > 0 && inside[^1] is ',' or '.' or '!' or '?') return true;
        var after = q.Close + 1;
        while (after < contentEnd && char.IsWhiteSpace(text[after])) after++;
        if (after >= contentEnd || text[after] is ',' or ';' or '\u2014' or '\u2013' or '(') return true;
        var k = TokenIndex.FirstAtOrAfter(tokens, after);
        if (k >= tokens.Count || tokens[k].Start != after) return inside.Count(' ') >= 2;
        var word = tokens[k].Norm;
        if (ContinuingWords.Contains(word)) return false; // "“the hostile policy” must end": the quote is the subject of the speaker's clause
        // "noted that “the most repulsive” and “absurd point” of the speech was …": quoted pieces of one clause.
        if (word is "of" || (word is "and" or "or" && k + 1 < tokens.Count && text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).IndexOfAny("\u201C\"") >= 0)) return false;
        return FramingWords.Contains(word) || inside.Count(' ') >= 2;
    }

    /// <summary>Verbs that make a quoted phrase the subject of the speaker's own clause.</summary>
    private static readonly HashSet<string> ContinuingWords = new(StringComparer.Ordinal)
    {
        "must", "will", "would", "should", "could", "can", "may", "might", "is", "was", "are", "were", "has", "had", "have",
        "remains", "remained", "needs", "needed",
    };

    /// <summary>Words that start a phrase framing a quote rather than continuing the speaker's sentence.</summary>
    private static readonly HashSet<string> FramingWords = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "during", "after", "before", "while", "when", "last", "earlier", "this", "today", "yesterday",
        "tonight", "according", "adding", "saying", "indicating", "referring", "citing", "from", "via",
    };
}
