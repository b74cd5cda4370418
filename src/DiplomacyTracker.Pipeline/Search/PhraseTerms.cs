namespace DiplomacyTracker.Search;

/// <summary>
/// The phrases of a word-index query as FTS5's unicode61 tokenizer sees them: each term's tokens (folded like
/// <see cref="WordTokens"/>) and whether its last token is a prefix. Shared by the in-process matcher and the snippet maker.
/// </summary>
internal static class PhraseTerms
{
    /// <summary>The query's phrases in order, or null when it is not a word-index query or a term has no token.</summary>
    public static List<(string[] Tokens, bool Prefix)>? Parse(FtsQuery fts)
    {
        if (fts.Index != FtsIndex.Words || fts.Match is null || fts.LikeTerms.Count > 0) return null;
        var terms = new List<(string[] Tokens, bool Prefix)>();
        var position = 0;
        foreach (var term in fts.Terms)
        {
            var quoted = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var at = fts.Match.IndexOf(quoted, position, StringComparison.Ordinal);
            if (at < 0) return null;
            position = at + quoted.Length;
            var prefix = position < fts.Match.Length && fts.Match[position] == '*';
            var tokens = WordTokens.Split(term).Select(t => t.Folded).ToArray();
            if (tokens.Length == 0) return null;
            terms.Add((tokens, prefix));
        }
        return terms.Count == 0 ? null : terms;
    }

    /// <summary>Where the phrase occurs in the folded tokens, starting at <paramref name="from"/>; -1 when it does not.</summary>
    public static int IndexOf(IReadOnlyList<string> tokens, string[] phrase, bool prefix, int from = 0)
    {
        for (var i = from; i + phrase.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
                all = prefix && j == phrase.Length - 1
                    ? tokens[i + j].StartsWith(phrase[j], StringComparison.Ordinal)
                    : tokens[i + j] == phrase[j];
            if (all) return i;
        }
        return -1;
    }
}
