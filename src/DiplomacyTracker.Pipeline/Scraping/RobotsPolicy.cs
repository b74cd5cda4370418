namespace DiplomacyTracker.Scraping;

/// <summary>
/// What one site's robots.txt lets us do (RFC 9309, <see cref="RobotsTxtReader"/>): the groups naming our product
/// token, else the <c>*</c> groups, combined; Allow/Disallow by longest match (a tie goes to Allow; <c>*</c> and
/// <c>$</c> wildcards; non-ASCII in patterns percent-encoded); Crawl-delay; and the Sitemap lines.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly IReadOnlyList<RobotsRule> _rules;

    internal RobotsPolicy(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, bool disallowAll, string? reason, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        DisallowAll = disallowAll;
        Reason = reason;
        Sitemaps = sitemaps;
    }

    public TimeSpan? CrawlDelay { get; }
    public bool DisallowAll { get; }

    /// <summary>Why everything is disallowed (robots.txt unavailable), for error messages.</summary>
    public string? Reason { get; }

    /// <summary>The <c>Sitemap:</c> URLs, wherever they stand in the file.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsPolicy AllowAll { get; } = new([], null, false, null, []);

    public static RobotsPolicy Unavailable(string reason) => new([], null, true, reason, []);

    /// <summary>Parses robots.txt text for the crawler whose product token is <paramref name="agentToken"/> (e.g. "DiplomacyTracker").</summary>
    public static RobotsPolicy Parse(string text, string agentToken) => RobotsTxtReader.Read(text, agentToken);

    /// <summary>RFC 9309 §2.2.1: a product token a crawler may match by is one or more of <c>a-z A-Z _ -</c>.</summary>
    public static bool IsValidAgentToken(string? token) =>
        !string.IsNullOrEmpty(token) && token.All(c => char.IsAsciiLetter(c) || c is '_' or '-');

    /// <summary>Whether <paramref name="url"/> may be fetched (its path, parameters and query, percent-encoded as <see cref="Uri"/> sends them).</summary>
    public bool IsAllowed(Uri url) => IsAllowed(url.AbsoluteUri);

    /// <summary>
    /// Whether a URL given as text may be fetched. It is matched as written, so it must already be percent-encoded as it
    /// will be sent (as Google's matcher expects): <c>/foo/bar/ツ</c> does not match a rule for <c>/foo/bar/%E3%83%84</c>.
    /// </summary>
    public bool IsAllowed(string url)
    {
        if (DisallowAll) return false;
        var path = RobotsMatcher.PathOf(url);
        if (path is "/robots.txt") return true;
        var bestLength = -1;
        var allowed = true;
        foreach (var rule in _rules)
        {
            if (rule.Pattern.Length < bestLength || (rule.Pattern.Length == bestLength && !rule.Allow)) continue;
            if (!RobotsMatcher.Matches(rule.Pattern, path)) continue;
            bestLength = rule.Pattern.Length;
            allowed = rule.Allow;
        }
        return allowed;
    }
}

/// <summary>An Allow or Disallow line of the chosen groups; the pattern is percent-encoded.</summary>
internal sealed record RobotsRule(string Pattern, bool Allow);
