using System.Text;

namespace DiplomacyTracker.Search;

/// <summary>
/// Decides an FTS5 word-index query (unicode61) for a row whose columns are pure ASCII, without asking FTS5: tokens
/// are runs of ASCII letters and digits, compared without case; a term is a phrase (consecutive tokens, the last one a
/// prefix when the term ends in *) that must occur within one column; all terms must match. Rows with any non-ASCII
/// character are left undecided (null) for FTS5 itself. Reads the text in place (no token list): the date walk asks it
/// about thousands of rows per common-word search.
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
        if (!Ascii.IsValid(text) || (speakerText is not null && !Ascii.IsValid(speakerText))) return null;
        foreach (var (tokens, prefix) in terms)
            if (!Contains(text, tokens, prefix) && (speakerText is null || !Contains(speakerText, tokens, prefix))) return false;
        return true;
    }

    /// <summary>Whether the ASCII text holds the phrase (lower-case ASCII tokens) as consecutive tokens.</summary>
    internal static bool Contains(ReadOnlySpan<char> text, string[] phrase, bool prefix)
    {
        for (var from = 0; from < text.Length;)
        {
            var hit = text[from..].IndexOf(phrase[0], StringComparison.OrdinalIgnoreCase);
            if (hit < 0) return false;
            var at = from + hit;
            from = at + 1;
            if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) continue; // inside a token, not at its start
            if (PhraseAt(text, at, phrase, prefix)) return true;
        }
        return false;
    }

    private static bool PhraseAt(ReadOnlySpan<char> text, int at, string[] phrase, bool prefix)
    {
        var i = at;
        for (var j = 0; j < phrase.Length; j++)
        {
            while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i])) i++;
            var end = i;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == i) return false;
            var token = text[i..end];
            var ok = prefix && j == phrase.Length - 1
                ? token.StartsWith(phrase[j], StringComparison.OrdinalIgnoreCase)
                : token.Equals(phrase[j], StringComparison.OrdinalIgnoreCase);
            if (!ok) return false;
            i = end;
        }
        return true;
    }
}
