namespace DiplomacyTracker.Search;

/// <summary>
/// Decides an FTS5 word-index query (unicode61) for a row whose columns are pure ASCII, without asking FTS5: tokens
/// are runs of ASCII letters and digits, lower-cased; a term is a phrase (consecutive tokens, the last one a prefix
/// when the term ends in *) that must occur within one column; all terms must match. Rows with any non-ASCII
/// character are left undecided (null) for FTS5 itself.
/// </summary>
internal sealed class AsciiPhraseMatcher
{
    private readonly List<(string[] Tokens, bool Prefix)> terms;

    private AsciiPhraseMatcher(List<(string[] Tokens, bool Prefix)> terms) => this.terms = terms;

    /// <summary>A matcher for the query, or null when a term is not ASCII.</summary>
    public static AsciiPhraseMatcher? For(FtsQuery fts) =>
        fts.Terms.All(t => t.All(char.IsAscii)) && PhraseTerms.Parse(fts) is { } terms ? new AsciiPhraseMatcher(terms) : null;

    /// <summary>True or false for pure-ASCII columns; null when a column holds a non-ASCII character.</summary>
    public bool? Matches(string text, string? speakerText)
    {
        if (!text.All(char.IsAscii) || (speakerText is not null && !speakerText.All(char.IsAscii))) return null;
        var textTokens = Tokens(text);
        var speakerTokens = speakerText is null ? [] : Tokens(speakerText);
        return terms.All(t => PhraseTerms.IndexOf(textTokens, t.Tokens, t.Prefix) >= 0 || PhraseTerms.IndexOf(speakerTokens, t.Tokens, t.Prefix) >= 0);
    }

    private static List<string> Tokens(string text) => WordTokens.Split(text).Select(t => t.Folded).ToList();
}
