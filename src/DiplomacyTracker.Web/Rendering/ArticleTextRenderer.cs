using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>A span of article text to highlight in place: a statement's offsets.</summary>
public sealed record TextMark(int Id, int Start, int End, string? Title);

/// <summary>
/// Renders an article's plain text as paragraphs (split on blank lines) with each statement wrapped in
/// &lt;mark id="s{id}"&gt; at its character offsets. Every character of text is HTML-encoded; marks with
/// offsets outside the text or overlapping an earlier mark are skipped, never guessed.
/// </summary>
public static class ArticleTextRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string text, IEnumerable<TextMark> marks)
    {
        var valid = new List<TextMark>();
        var lastEnd = -1;
        foreach (var m in marks.OrderBy(m => m.Start).ThenBy(m => m.Id))
        {
            if (m.Start < 0 || m.End > text.Length || m.End <= m.Start || m.Start < lastEnd) continue;
            valid.Add(m);
            lastEnd = m.End;
        }
        var sb = new StringBuilder(text.Length + valid.Count * 40 + 64);
        var started = new HashSet<int>();
        foreach (var (start, end) in Paragraphs(text))
        {
            sb.Append("<p>");
            var at = start;
            foreach (var m in valid.Where(m => m.Start < end && m.End > start))
            {
                var from = Math.Max(m.Start, start);
                var to = Math.Min(m.End, end);
                Encode(sb, text, at, from);
                sb.Append("<mark");
                if (started.Add(m.Id)) sb.Append(" id=\"s").Append(m.Id).Append('"');
                sb.Append(" class=\"statement\"");
                if (m.Title is not null) sb.Append(" title=\"").Append(Encoder.Encode(m.Title)).Append('"');
                sb.Append('>');
                Encode(sb, text, from, to);
                sb.Append("</mark>");
                at = to;
            }
            Encode(sb, text, at, end);
            sb.Append("</p>\n");
        }
        return sb.ToString();
    }

    /// <summary>[start, end) of each non-blank paragraph; paragraphs are separated by one or more blank lines.</summary>
    public static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            var s = i;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) yield return (s, e);
            i = next < 0 ? text.Length : next + 2;
        }
    }

    private static void Encode(StringBuilder sb, string text, int from, int to)
    {
        if (to > from) sb.Append(Encoder.Encode(text.AsSpan(from, to - from).ToString()));
    }
}
