namespace DiplomacyTracker.Search;

/// <summary>
/// Decides an FTS5 word-index query (unicode61) for a row whose columns are pure ASCII, without asking FTS5: tokens
/// are runs of ASCII letters and digits, lower-cased; a term is a phrase (consecutive tokens, the last one a prefix
/// when the term ends in *) that must occur within one column; all terms must match. Rows with any non-ASCII
/// character are left undecided (null) for FTS5 itself.
/// </summary>
internal sealed class AsciiPhraseMatcher
{
    private readonly List<(string[] Tokens, bool Prefix)> terms = [];

    private AsciiPhraseMatcher() { }

    /// <summary>A matcher for the query, or null when a term is not ASCII.</summary>
    public static AsciiPhraseMatcher? For(FtsQuery fts)
    {
        if (fts.Index != FtsIndex.Words || fts.Match is null || fts.LikeTerms.Count > 0) return null;
        var matcher = new AsciiPhraseMatcher();
        var position = 0;
        foreach (var term in fts.Terms)
        {
            if (!term.All(char.IsAscii)) return null;
            var quoted = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var at = fts.Match.IndexOf(quoted, position, StringComparison.Ordinal);
            if (at < 0) return null;
            position = at + quoted.Length;
            var prefix = position < fts.Match.Length && fts.Match[position] == '*';
            var tokens = Tokens(term);
            if (tokens.Length == 0) return null;
            matcher.terms.Add((tokens, prefix));
        }
        return matcher.terms.Count == 0 ? null : matcher;
    }

    /// <summary>True or false for pure-ASCII columns; null when a column holds a non-ASCII character.</summary>
    public bool? Matches(string text, string? speakerText)
    {
        if (!text.All(char.IsAscii) || (speakerText is not null && !speakerText.All(char.IsAscii))) return null;
        var textTokens = Tokens(text);
        var speakerTokens = speakerText is null ? [] : Tokens(speakerText);
        return terms.All(t => Contains(textTokens, t.Tokens, t.Prefix) || Contains(speakerTokens, t.Tokens, t.Prefix));
    }

    private static bool Contains(string[] tokens, string[] phrase, bool prefix)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++)
                all = prefix && j == phrase.Length - 1
                    ? tokens[i + j].StartsWith(phrase[j], StringComparison.Ordinal)
                    : tokens[i + j] == phrase[j];
            if (all) return true;
        }
        return false;
    }

    private static string[] Tokens(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(t => t.Length > 0).ToArray();
}
