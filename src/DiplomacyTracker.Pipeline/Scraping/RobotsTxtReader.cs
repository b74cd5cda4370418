using System.Globalization;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads robots.txt into groups (RFC 9309 §2.1): consecutive user-agent lines open a group, its Allow/Disallow lines
/// follow, and only a user-agent line after a rule starts the next group — blank, Sitemap, Crawl-delay and unknown
/// lines do not end one. Lines end in LF, CR LF or CR; a BOM is skipped; <c>#</c> starts a comment; a user-agent
/// value counts up to its first character outside <c>a-z A-Z _ -</c> ("Foo Bar" is "Foo"); a line missing its colon
/// ("disallow /") is read as Google reads it. Rules before any user-agent line are ignored.
/// </summary>
internal static class RobotsTxtReader
{
    private static readonly HashSet<string> UserAgentKeys = ["user-agent", "useragent", "user agent"];
    private static readonly HashSet<string> DisallowKeys = ["disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw"];

    public static RobotsPolicy Read(string text, string agentToken)
    {
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        foreach (var rawLine in Lines(text.TrimStart('\uFEFF', '\uFFFD')))
        {
            if (KeyAndValue(rawLine) is not var (key, value)) continue;
            if (UserAgentKeys.Contains(key))
            {
                if (current is null || current.HasRules) groups.Add(current = new Group());
                current.Agents.Add(value.StartsWith('*') ? "*" : ProductToken(value));
            }
            else if (key == "allow" || DisallowKeys.Contains(key))
            {
                if (current is null) continue; // a rule outside any group
                current.HasRules = true;
                if (value.Length == 0) continue;
                var allow = key == "allow";
                var pattern = RobotsMatcher.Escape(value);
                current.Rules.Add(new RobotsRule(pattern, allow));
                // Google: "Allow: /dir/index.html" also allows "/dir/".
                if (allow && pattern.EndsWith("/index.html", StringComparison.Ordinal))
                    current.Rules.Add(new RobotsRule(pattern[..^"index.html".Length] + "$", true));
            }
            else if (key == "crawl-delay" && current is not null
                     && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400)
                current.Delay ??= TimeSpan.FromSeconds(seconds);
            else if (key == "sitemap" && value.Length > 0)
                sitemaps.Add(value);
        }

        var token = agentToken.Trim();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && a.Equals(token, StringComparison.OrdinalIgnoreCase))).ToList();
        if (chosen.Count == 0) chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsPolicy(chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null),
            false, null, sitemaps);
    }

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r')) continue;
            yield return text[start..i];
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>The lower-cased key and the value of a line, comment removed; null for blank or unreadable lines.</summary>
    private static (string Key, string Value)? KeyAndValue(string line)
    {
        var hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        line = line.Trim();
        if (line.Length == 0) return null;
        var colon = line.IndexOf(':');
        if (colon > 0) return (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0].ToLowerInvariant(), parts[1]) : null; // "disallow /": the colon forgotten
    }

    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-')) end++;
        return value[..end];
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<RobotsRule> Rules { get; } = [];
        public bool HasRules { get; set; }
        public TimeSpan? Delay { get; set; }
    }
}
