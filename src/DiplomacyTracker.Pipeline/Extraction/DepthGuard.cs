using System.Buffers;

namespace DiplomacyTracker.Extraction;

/// <summary>Keeps hostile or heavy markup from stalling the parser: AngleSharp's time grows with the square of nesting depth,
/// so before parsing we cap the size and drop element tags nested deeper than a limit (their text stays); and script/style
/// bodies, which are never article text, are emptied. One pass copies the page into a pooled buffer minus what it
/// drops; only pages with something to drop get a new string.</summary>
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

    /// <summary>Script and style bodies shorter than this in total are left in place (rewriting would cost more than it saves).</summary>
    private const int MinCodeToDrop = 2048;

    /// <summary>Returns <paramref name="html"/> truncated to <see cref="MaxChars"/>, flattened below <paramref name="maxDepth"/>,
    /// and with the bodies of &lt;script&gt; (except JSON-LD) and &lt;style&gt; emptied: they are never article text, and
    /// on script-heavy pages tokenizing them is most of the parse.</summary>
    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        if (html.Length > MaxChars)
            html = html[..MaxChars];
        // One scan writes the rewrite as it goes; the copy is only turned into a string when something was dropped.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var output = new Output(buffer);
            Scan(html, maxDepth, ref output);
            return !output.TooDeep && output.CodeDropped < MinCodeToDrop ? html : new string(buffer, 0, output.Length);
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    /// <summary>Where a rewrite goes; with no buffer the scan only counts what it would drop.</summary>
    private struct Output(char[]? buffer)
    {
        public int Length;
        public int CodeDropped;
        public bool TooDeep;
        public readonly bool Writing => buffer is not null;

        public void Append(string html, int start, int count)
        {
            if (buffer is null || count <= 0) return;
            html.AsSpan(start, count).CopyTo(buffer.AsSpan(Length));
            Length += count;
        }
    }

    /// <summary>Walks the tags, copying the page to <paramref name="output"/> minus the tags that open (and close) below
    /// the depth limit and minus script/style bodies. Allocation-free.</summary>
    private static void Scan(string html, int maxDepth, ref Output output)
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
                if (depth >= maxDepth) { output.TooDeep = true; suppressed++; drop = true; }
                else depth++;
            }
            else if (delta < 0)
            {
                if (suppressed > 0) { suppressed--; drop = true; }
                else if (depth > 0) depth--;
            }
            if (drop)
            {
                output.Append(html, copied, lt - copied);
                copied = i;
            }
            if (!closing && IsRawText(name))
            {
                var closeTag = IndexOfEndTag(html, name, i);
                if (closeTag < 0) break;
                if (IsDroppableCode(html, name, lt, gt) && closeTag > i && !IsUntypedJsonLd(html, i, closeTag))
                {
                    output.Append(html, copied, i - copied);
                    output.CodeDropped += closeTag - i;
                    copied = closeTag;
                }
                i = closeTag;
            }
        }
        output.Append(html, copied, html.Length - copied);
    }

    /// <summary>A script (other than JSON-LD, which metadata reads) or a style, whose start tag is plainly closed by
    /// the '&gt;' found (no quote left open, so the '&gt;' is not inside an attribute value).</summary>
    private static bool IsDroppableCode(string html, ReadOnlySpan<char> name, int lt, int gt)
    {
        var isScript = name.Equals("script", StringComparison.OrdinalIgnoreCase);
        if (!isScript && !name.Equals("style", StringComparison.OrdinalIgnoreCase)) return false;
        var tag = html.AsSpan(lt, gt - lt);
        if (tag.Count('"') % 2 != 0 || tag.Count('\'') % 2 != 0) return false;
        return !isScript || !tag.Contains("ld+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A script without the ld+json type whose body is still schema.org JSON ({"@context": ...}), as some CMSs write it.</summary>
    internal static bool IsUntypedJsonLd(string html, int bodyStart, int bodyEnd)
    {
        var body = html.AsSpan(bodyStart, Math.Min(bodyEnd - bodyStart, 200)).TrimStart();
        return body.Length > 0 && body[0] is '{' or '[' && body.Contains("\"@context\"", StringComparison.Ordinal);
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
