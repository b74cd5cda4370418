using System.Text;

namespace DiplomacyTracker.Search;

/// <summary>Which index a search uses: the word index, the trigram index (Hangul, where particles stick to words), or none.</summary>
public enum FtsIndex
{
    None = 0,
    Words = 1,
    Trigram = 2,
}

/// <summary>
/// A user's search words made safe for FTS5: <see cref="Match"/> is a MATCH expression built only from quoted
/// tokens and phrases (never raw user text); <see cref="LikeTerms"/> are the short Hangul pieces the trigram
/// index cannot match (fewer than three characters), searched with LIKE instead.
/// </summary>
public sealed record FtsQuery(FtsIndex Index, string? Match, IReadOnlyList<string> LikeTerms, IReadOnlyList<string> Terms)
{
    public bool IsEmpty => Match is null && LikeTerms.Count == 0;
}

/// <summary>
/// Translates what a person typed into a safe FTS5 query: every token quoted ("Jae-myung" stays one phrase
/// token), "quoted phrases" kept, a trailing * kept as a prefix search, FTS operators (AND, OR, NOT, NEAR,
/// parentheses, column filters, ^) dropped. Text with Hangul goes to the trigram index.
/// </summary>
public static class FtsQueryTranslator
{
    private const int MaxTerms = 12;
    private const int TrigramLength = 3;
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    public static FtsQuery Translate(string? input)
    {
        var terms = Tokenize(input ?? "");
        if (terms.Count == 0) return new FtsQuery(FtsIndex.None, null, [], []);
        var useTrigram = terms.Any(t => t.Text.Any(IsHangul));
        var display = terms.Select(t => t.Text).ToList();
        if (!useTrigram)
        {
            var match = string.Join(" ", terms.Select(t => Quote(t.Text) + (t.Prefix ? "*" : "")));
            return new FtsQuery(FtsIndex.Words, match, [], display);
        }
        var longTerms = terms.Where(t => t.Text.Length >= TrigramLength).Select(t => Quote(t.Text)).ToList();
        var shortTerms = terms.Where(t => t.Text.Length < TrigramLength).Select(t => t.Text).ToList();
        return new FtsQuery(longTerms.Count > 0 ? FtsIndex.Trigram : FtsIndex.None,
            longTerms.Count > 0 ? string.Join(" ", longTerms) : null, shortTerms, display);
    }

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    private sealed record Term(string Text, bool Prefix);

    private static List<Term> Tokenize(string input)
    {
        var terms = new List<Term>();
        var i = 0;
        while (i < input.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            if (input[i] == '"' && input.IndexOf('"', i + 1) is var close and > 0)
            {
                var phrase = Clean(input[(i + 1)..close], out _);
                if (phrase.Length > 0) terms.Add(new Term(phrase, false));
                i = close + 1;
                continue;
            }
            var end = i;
            while (end < input.Length && !char.IsWhiteSpace(input[end])) end++;
            var raw = input[i..end];
            i = end;
            if (Operators.Contains(raw.TrimEnd('(', '*'))) continue;
            if (raw.IndexOf('(') is var paren and > 0 && Operators.Contains(raw[..paren])) raw = raw[(paren + 1)..];
            var text = Clean(raw, out var prefix);
            if (text.Length > 0) terms.Add(new Term(text, prefix));
        }
        return terms;
    }

    /// <summary>Keeps letters, digits and inner punctuation; notes a trailing * as a prefix.</summary>
    private static string Clean(string raw, out bool prefix)
    {
        prefix = raw.TrimEnd().EndsWith('*');
        var sb = new StringBuilder(raw.Length);
        foreach (var ch in raw)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (ch is '-' or '\'' or '.' or '’' or ' ' or '_' && sb.Length > 0) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        var text = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('-', '\'', '.', '’', '_');
        if (!text.Any(char.IsLetterOrDigit)) { prefix = false; return ""; }
        return text.Length > 100 ? text[..100] : text;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
