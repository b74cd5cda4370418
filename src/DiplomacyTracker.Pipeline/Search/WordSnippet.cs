using System.Text;

namespace DiplomacyTracker.Search;

/// <summary>
/// Makes the highlighted snippet of a word-index hit in process: a window of at most <see cref="StatementSearch.SnippetTokens"/>
/// tokens from a little before the first match, every occurrence of a query phrase wrapped in <see cref="SearchMarkers"/>,
/// "…" where text was cut. FTS5's snippet() would evaluate the query again, which for a common prefix means reading
/// its whole doclist (tens of milliseconds at a million statements).
/// </summary>
internal static class WordSnippet
{
    private const int LeadTokens = 6;

    public static string Make(string text, IReadOnlyList<(string[] Tokens, bool Prefix)> terms, int maxTokens)
    {
        var tokens = WordTokens.Split(text);
        if (tokens.Count == 0) return text;
        var folded = tokens.Select(t => t.Folded).ToList();
        var marked = new bool[tokens.Count];
        var spans = new List<(int First, int Last)>();
        foreach (var (phrase, prefix) in terms)
            for (var at = PhraseTerms.IndexOf(folded, phrase, prefix); at >= 0; at = PhraseTerms.IndexOf(folded, phrase, prefix, at + 1))
                if (!marked[at]) { spans.Add((at, at + phrase.Length - 1)); for (var k = at; k < at + phrase.Length; k++) marked[k] = true; }
        spans.Sort();

        var first = spans.Count == 0 ? 0 : Math.Max(0, spans[0].First - LeadTokens);
        first = Math.Max(0, Math.Min(first, tokens.Count - maxTokens));
        var last = Math.Min(tokens.Count, first + maxTokens) - 1;
        var from = first == 0 ? 0 : tokens[first].Start;
        var to = last == tokens.Count - 1 ? text.Length : tokens[last].End;

        var sb = new StringBuilder(to - from + 16);
        if (first > 0) sb.Append('…');
        var position = from;
        foreach (var (open, close) in spans.Where(s => s.First >= first && s.First <= last))
        {
            var start = tokens[open].Start;
            var end = tokens[Math.Min(close, last)].End;
            if (start < position) continue;
            Append(sb, text, position, start);
            sb.Append(SearchMarkers.Open);
            Append(sb, text, start, end);
            sb.Append(SearchMarkers.Close);
            position = end;
        }
        Append(sb, text, position, to);
        if (last < tokens.Count - 1) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Copies text, dropping any marker characters the stored text itself might hold.</summary>
    private static void Append(StringBuilder sb, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is not (SearchMarkers.Open or SearchMarkers.Close)) sb.Append(text[i]);
    }
}
