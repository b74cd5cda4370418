using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DiplomacyTracker.Web.Rendering;

/// <summary>A span of article text to highlight in place: a statement's offsets.</summary>
public sealed record TextMark(int Id, int Start, int End, string? Title);

/// <summary>A point in the text a link can jump to (a summit report's passage): an empty element with this id.</summary>
public sealed record TextAnchor(string Id, int At);

/// <summary>
/// Renders an article's plain text as paragraphs (split on blank lines) with each statement wrapped in
/// &lt;mark id="s{id}"&gt; at its character offsets. Every character of text is HTML-encoded; marks with
/// offsets outside the text or overlapping an earlier mark are skipped, never guessed. Anchors (ids for links to a
/// passage that may overlap statements) are empty elements placed at their offset.
/// </summary>
public static class ArticleTextRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string text, IEnumerable<TextMark> marks, IEnumerable<TextAnchor>? anchors = null)
    {
        var points = (anchors ?? []).Where(a => a.At >= 0 && a.At < text.Length).OrderBy(a => a.At).ToList();
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
            // Anchors before this paragraph's end that were not placed yet (one in the blank between paragraphs lands here).
            foreach (var point in points.Where(p => p.At < end).ToList())
            {
                if (point.At > start) continue;
                sb.Append("<span class=\"evidence-anchor\" id=\"").Append(Encoder.Encode(point.Id)).Append("\"></span>");
                points.Remove(point);
            }
            var at = start;
            foreach (var m in valid.Where(m => m.Start < end && m.End > start))
            {
                var from = Math.Max(m.Start, start);
                var to = Math.Min(m.End, end);
                EncodeWithAnchors(sb, text, at, from, points);
                sb.Append("<mark");
                if (started.Add(m.Id)) sb.Append(" id=\"s").Append(m.Id).Append('"');
                sb.Append(" class=\"statement\"");
                if (m.Title is not null) sb.Append(" title=\"").Append(Encoder.Encode(m.Title)).Append('"');
                sb.Append('>');
                EncodeWithAnchors(sb, text, from, to, points);
                sb.Append("</mark>");
                at = to;
            }
            EncodeWithAnchors(sb, text, at, end, points);
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

    /// <summary>Encodes [from, to), placing (and using up) the anchors that fall inside it.</summary>
    private static void EncodeWithAnchors(StringBuilder sb, string text, int from, int to, List<TextAnchor> points)
    {
        while (points.Count > 0 && points[0].At < to)
        {
            var point = points[0];
            points.RemoveAt(0);
            var at = Math.Max(point.At, from);
            Encode(sb, text, from, at);
            sb.Append("<span class=\"evidence-anchor\" id=\"").Append(Encoder.Encode(point.Id)).Append("\"></span>");
            from = at;
        }
        Encode(sb, text, from, to);
    }

    private static void Encode(StringBuilder sb, string text, int from, int to)
    {
        if (to > from) sb.Append(Encoder.Encode(text.AsSpan(from, to - from).ToString()));
    }
}
