using System.Text;

namespace DiplomacyTracker.Extraction;

/// <summary>Keeps hostile markup from stalling the parser: AngleSharp's time grows with the square of nesting depth,
/// so before parsing we cap the size and drop element tags nested deeper than a limit (their text stays).</summary>
internal static class DepthGuard
{
    public const int MaxChars = 5_000_000;
    public const int MaxDepth = 200;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "image", "!doctype",
    };

    /// <summary>Returns <paramref name="html"/> truncated to <see cref="MaxChars"/> and flattened below <see cref="MaxDepth"/>.</summary>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        if (html.Length > MaxChars)
            html = html[..MaxChars];
        return ExceedsDepth(html, maxDepth) ? Flatten(html, maxDepth) : html;
    }

    private static bool ExceedsDepth(string html, int maxDepth)
    {
        var depth = 0;
        foreach (var tag in Tags(html))
        {
            depth += tag.Delta;
            if (depth < 0) depth = 0;
            if (depth > maxDepth) return true;
        }
        return false;
    }

    private static string Flatten(string html, int maxDepth)
    {
        var sb = new StringBuilder(html.Length);
        int depth = 0, suppressed = 0, copied = 0;
        foreach (var tag in Tags(html))
        {
            var drop = false;
            if (tag.Delta > 0)
            {
                if (depth >= maxDepth) { suppressed++; drop = true; }
                else depth++;
            }
            else if (tag.Delta < 0)
            {
                if (suppressed > 0) { suppressed--; drop = true; }
                else if (depth > 0) depth--;
            }
            if (!drop) continue;
            sb.Append(html, copied, tag.Start - copied);
            copied = tag.End;
        }
        sb.Append(html, copied, html.Length - copied);
        return sb.ToString();
    }

    private readonly record struct Tag(int Start, int End, int Delta);

    /// <summary>Yields element tags with +1 (opens), -1 (closes) or 0 (void/self-closing), skipping comments and raw text.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        var i = 0;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) yield break;
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                if (close < 0) yield break;
                i = close + 3;
                continue;
            }
            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '!')) nameEnd++;
            if (nameEnd == nameStart) { i = lt + 1; continue; }
            var gt = html.IndexOf('>', nameEnd);
            if (gt < 0) yield break;
            var name = html.Substring(nameStart, nameEnd - nameStart);
            var end = gt + 1;
            if (closing) { yield return new Tag(lt, end, ClosesImplicitly(name) ? 0 : -1); i = end; continue; }
            var selfClosing = html[gt - 1] == '/' || VoidElements.Contains(name) || ClosesImplicitly(name);
            yield return new Tag(lt, end, selfClosing ? 0 : 1);
            i = end;
            if (IsRawText(name))
            {
                var closeTag = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (closeTag < 0) yield break;
                i = closeTag;
            }
        }
    }

    /// <summary>Elements whose end tag is optional (p, li, td, ...): counting them would see depth that the parser never builds.</summary>
    private static bool ClosesImplicitly(string name) => ImplicitlyClosed.Contains(name);

    private static readonly HashSet<string> ImplicitlyClosed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    };

    private static bool IsRawText(string name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);
}
