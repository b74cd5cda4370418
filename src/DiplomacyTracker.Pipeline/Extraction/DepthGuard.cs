using System.Text;

namespace DiplomacyTracker.Extraction;

/// <summary>Keeps hostile markup from stalling the parser: AngleSharp's time grows with the square of nesting depth,
/// so before parsing we cap the size and drop element tags nested deeper than a limit (their text stays).
/// The scan is one allocation-free pass over the text; only pages that are too deep are rewritten.</summary>
internal static class DepthGuard
{
    public const int MaxChars = 5_000_000;
    public const int MaxDepth = 200;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "image", "!doctype",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements whose end tag is optional (p, li, td, ...): counting them would see depth the parser never builds.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImplicitlyClosed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="html"/> truncated to <see cref="MaxChars"/> and flattened below <paramref name="maxDepth"/>.</summary>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        if (html.Length > MaxChars)
            html = html[..MaxChars];
        return Scan(html, maxDepth, null) ? Scan2(html, maxDepth) : html;
    }

    private static string Scan2(string html, int maxDepth)
    {
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>Walks the tags. Without <paramref name="output"/> it only reports whether the depth limit is passed;
    /// with it, it copies the page minus the tags that open (and close) below the limit.</summary>
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        int depth = 0, suppressed = 0, copied = 0, i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '!')) nameEnd++;
            if (nameEnd == nameStart) { i = lt + 1; continue; }
            var gt = html.IndexOf('>', nameEnd);
            if (gt < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = gt + 1;
            var delta = closing ? (ImplicitlyClosed.Contains(name) ? 0 : -1)
                : html[gt - 1] == '/' || VoidElements.Contains(name) || ImplicitlyClosed.Contains(name) ? 0 : 1;

            var drop = false;
            if (delta > 0)
            {
                if (depth >= maxDepth) { if (output is null) return true; suppressed++; drop = true; }
                else depth++;
            }
            else if (delta < 0)
            {
                if (suppressed > 0) { suppressed--; drop = true; }
                else if (depth > 0) depth--;
            }
            if (drop)
            {
                output!.Append(html, copied, lt - copied);
                copied = i;
            }
            if (!closing && IsRawText(name))
            {
                var closeTag = IndexOfEndTag(html, name, i);
                if (closeTag < 0) break;
                i = closeTag;
            }
        }
        output?.Append(html, copied, html.Length - copied);
        return false;
    }

    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
            if (at + 2 + name.Length <= html.Length && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                return at;
        return -1;
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);
}
