namespace DiplomacyTracker.Scraping;

/// <summary>
/// What one site's robots.txt lets us do: the group for our user agent (most specific product token, else "*"),
/// Allow/Disallow by longest match (a tie goes to Allow; * and $ wildcards), and Crawl-delay.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsPolicy(List<(string, bool)> rules, TimeSpan? crawlDelay, bool disallowAll, string? reason)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        DisallowAll = disallowAll;
        Reason = reason;
    }

    public TimeSpan? CrawlDelay { get; }
    public bool DisallowAll { get; }

    /// <summary>Why everything is disallowed (robots.txt unavailable), for error messages.</summary>
    public string? Reason { get; }

    public static RobotsPolicy AllowAll { get; } = new([], null, false, null);

    public static RobotsPolicy Unavailable(string reason) => new([], null, true, reason);

    /// <summary>Parses robots.txt text for the agent whose product token is <paramref name="agentToken"/> (e.g. "DiplomacyTracker").</summary>
    public static RobotsPolicy Parse(string text, string agentToken)
    {
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field is "user-agent" or "useragent")
            {
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (field == "allow" && value.Length > 0) current.Rules.Add((value, true));
            else if (field == "disallow" && value.Length > 0) current.Rules.Add((value, false));
            else if (field == "crawl-delay" && double.TryParse(value, System.Globalization.NumberStyles.Float,
                         System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                current.Delay = TimeSpan.FromSeconds(seconds);
        }

        var token = agentToken.ToLowerInvariant();
        var specific = groups
            .Select(g => (Group: g, Match: g.Agents.Where(a => a != "*" && token.Contains(a, StringComparison.Ordinal)).Select(a => a.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Match > 0).ToList();
        var chosen = specific.Count > 0
            ? specific.Where(x => x.Match == specific.Max(y => y.Match)).Select(x => x.Group).ToList()
            : groups.Where(g => g.Agents.Contains("*")).ToList();
        if (chosen.Count == 0) return AllowAll;
        return new RobotsPolicy(chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null), false, null);
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(string Pattern, bool Allow)> Rules { get; } = [];
        public TimeSpan? Delay { get; set; }
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        if (DisallowAll) return false;
        var path = url.PathAndQuery;
        if (path is "/robots.txt") return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            var length = pattern.Length;
            if (length > bestLength || (length == bestLength && allow))
            {
                bestLength = length;
                allowed = allow;
            }
        }
        return allowed;
    }

    /// <summary>robots.txt path matching: a prefix match where * matches any run of characters and a final $ anchors the end.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern, 0, Uri.UnescapeDataString(path), 0, anchored)
            || Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int pi, string path, int si, bool anchored)
    {
        while (pi < pattern.Length)
        {
            if (pattern[pi] == '*')
            {
                for (var k = si; k <= path.Length; k++)
                    if (Match(pattern, pi + 1, path, k, anchored)) return true;
                return false;
            }
            if (si >= path.Length || pattern[pi] != path[si]) return false;
            pi++;
            si++;
        }
        return !anchored || si == path.Length;
    }
}
