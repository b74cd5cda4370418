using System.Text;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds where an editor's corrected statement text sits in its article, so the statement stays pinned to its
/// sentence after a correction. Tolerates differences a person typing a correction makes: runs of white space,
/// straight versus curly quotes and apostrophes, dash variants, letter case, and " … " where an interrupted
/// quotation's attribution was left out. Pure: article text in, span out.
/// </summary>
public static class StatementSpanLocator
{
    /// <summary>How far apart the pieces of an interrupted quotation may lie.</summary>
    private const int MaxGap = 400;

    /// <summary>The span of <paramref name="text"/> in <paramref name="article"/> closest to <paramref name="near"/>, or null when it is not there.</summary>
    public static (int Start, int End)? Locate(string article, string text, int near)
    {
        var pieces = text.Split(['…'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        // As typed first; then without the punctuation at the pieces' ends ("die." for the article's "die,").
        return Locate(article, pieces, near) ?? Locate(article, pieces.Select(p => p.Trim('.', ',', ';', ':', ' ')).ToList(), near);
    }

    private static (int Start, int End)? Locate(string article, List<string> pieces, int near)
    {
        pieces = pieces.Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0) return null;
        var (folded, map) = Fold(article);
        (int Start, int End)? best = null;
        var first = Fold(pieces[0]).Text;
        if (first.Length == 0) return null;
        for (var at = folded.IndexOf(first, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(first, at + 1, StringComparison.Ordinal))
        {
            var end = at + first.Length;
            var complete = true;
            foreach (var piece in pieces.Skip(1))
            {
                var next = Fold(piece).Text;
                var found = next.Length == 0 ? end : folded.IndexOf(next, end, Math.Min(MaxGap + next.Length, folded.Length - end), StringComparison.Ordinal);
                if (found < 0) { complete = false; break; }
                end = found + next.Length;
            }
            if (!complete) continue;
            var span = (Start: map[at], End: map[end - 1] + 1);
            if (best is null || Math.Abs(span.Start - near) < Math.Abs(best.Value.Start - near)) best = span;
        }
        return best;
    }

    /// <summary>Lower case, one space for any white-space run, plain quotes and hyphens; map[i] is the source index of folded[i].</summary>
    private static (string Text, List<int> Map) Fold(string source)
    {
        var sb = new StringBuilder(source.Length);
        var map = new List<int>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') { sb.Append(' '); map.Add(i); }
                continue;
            }
            sb.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' => '"',
                '‘' or '’' or '‚' or '`' or '´' => '\'',
                '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
                _ => char.ToLowerInvariant(c),
            });
            map.Add(i);
        }
        if (sb.Length > 0 && sb[^1] == ' ') { sb.Length--; map.RemoveAt(map.Count - 1); }
        return (sb.ToString(), map);
    }
}
