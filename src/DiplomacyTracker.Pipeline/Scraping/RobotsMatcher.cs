using System.Text;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// robots.txt path matching (RFC 9309 §2.2.2–2.2.3): the path with parameters and query, a pattern that is a prefix
/// where <c>*</c> matches any run and a final <c>$</c> anchors the end — in time proportional to path × pattern, so
/// a hostile pattern of many stars costs nothing more.
/// </summary>
internal static class RobotsMatcher
{
    public static bool Matches(string pattern, string path)
    {
        // positions[0..count) are the path offsets the pattern read so far can end at, ascending.
        var positions = new int[path.Length + 1];
        var count = 1;
        for (var p = 0; p < pattern.Length; p++)
        {
            var c = pattern[p];
            if (c == '$' && p == pattern.Length - 1) return positions[count - 1] == path.Length;
            if (c == '*')
            {
                count = path.Length - positions[0] + 1;
                for (var i = 1; i < count; i++) positions[i] = positions[i - 1] + 1;
                continue;
            }
            var next = 0;
            for (var i = 0; i < count; i++)
                if (positions[i] < path.Length && path[positions[i]] == c) positions[next++] = positions[i] + 1;
            if (next == 0) return false;
            count = next;
        }
        return true;
    }

    /// <summary>The pattern as it is compared: bytes outside US-ASCII percent-encoded, existing escapes upper-cased.</summary>
    public static string Escape(string pattern)
    {
        if (pattern.All(c => c < 0x80 && c > 0x20) && !pattern.Contains('%')) return pattern;
        var sb = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 2 < pattern.Length && Uri.IsHexDigit(pattern[i + 1]) && Uri.IsHexDigit(pattern[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(pattern[i + 1])).Append(char.ToUpperInvariant(pattern[i + 2]));
                i += 2;
            }
            else if (c >= 0x80 || c <= 0x20)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < pattern.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(pattern.Substring(i, length))) sb.Append('%').Append(b.ToString("X2"));
                i += length - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The path, parameters and query of a URL written as text ("/" when it has none), fragment dropped.</summary>
    public static string PathOf(string url)
    {
        var searchStart = url.StartsWith("//", StringComparison.Ordinal) ? 2 : 0;
        var earlyPath = url.IndexOfAny(['/', '?', ';'], searchStart);
        var protocolEnd = url.IndexOf("://", searchStart, StringComparison.Ordinal);
        protocolEnd = protocolEnd < 0 || (earlyPath >= 0 && earlyPath < protocolEnd) ? searchStart : protocolEnd + 3;
        var pathStart = url.IndexOfAny(['/', '?', ';'], protocolEnd);
        if (pathStart < 0) return "/";
        var hash = url.IndexOf('#', searchStart);
        if (hash >= 0 && hash < pathStart) return "/";
        var path = url[pathStart..(hash < 0 ? url.Length : hash)];
        return path[0] == '/' ? path : "/" + path;
    }
}
