namespace DiplomacyTracker.Scraping;

/// <summary>The <c>Scraper</c> configuration section: how politely, how often and how hard the scraper fetches.</summary>
public sealed class ScraperOptions
{
    public const string SectionName = "Scraper";

    /// <summary>Whether the web app runs the background scraper (the CLI `scrape` verb ignores it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Put in the User-Agent so site owners can reach us.</summary>
    public string ContactUrl { get; set; } = "https://github.com/diplomacy-tracker/diplomacy-tracker";

    /// <summary>Lifts the SSRF guard (tests, intranet sources). Off by default.</summary>
    public bool AllowPrivateAddresses { get; set; }

    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Per attempt, headers and body together.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Minimum gap between two requests to one host (robots.txt Crawl-delay can raise it).</summary>
    public int PerHostDelayMs { get; set; } = 1000;
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Crawl-delay values above this are capped.</summary>
    public int MaxCrawlDelaySeconds { get; set; } = 60;

    /// <summary>Retries after the first attempt for 5xx, 408, 429, timeouts and broken connections.</summary>
    public int MaxRetries { get; set; } = 3;
    public int RetryBaseDelayMs { get; set; } = 2000;

    /// <summary>Retry-After values above this are capped.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 300;

    public int RobotsCacheMinutes { get; set; } = 720;

    /// <summary>How long robots.txt answering 5xx (or unreachable) keeps the host off limits.</summary>
    public int RobotsUnavailableMinutes { get; set; } = 30;

    public int MaxConcurrentSources { get; set; } = 4;

    /// <summary>Wall-clock budget for one source in one pass; also the lease length (plus a margin).</summary>
    public int SourceTimeoutSeconds { get; set; } = 600;

    /// <summary>The lease's margin past that budget: how long a source a crashed scraper held waits for another one.</summary>
    public int LeaseMarginSeconds { get; set; } = 60;

    /// <summary>A failing source is retried after interval × 2^(failures-1), never later than this.</summary>
    public int MaxBackoffHours { get; set; } = 24;

    /// <summary>New or retried items handled per source per pass; the rest wait for the next pass.</summary>
    public int MaxItemsPerPass { get; set; } = 100;

    /// <summary>A failed item is retried with backoff up to this many attempts, then left failed (visible, not retried).</summary>
    public int MaxItemAttempts { get; set; } = 8;

    /// <summary>Sitemap indexes: how many child sitemaps (newest first) are read per pass.</summary>
    public int MaxChildSitemaps { get; set; } = 5;

    /// <summary>Pause between passes of the background loop.</summary>
    public int PassIntervalSeconds { get; set; } = 60;

    /// <summary>Seeds the Sources table on first start; when absent the embedded default-sources.json is used.</summary>
    public List<SourceSeed>? Sources { get; set; }

    public string UserAgent => $"DiplomacyTracker/1.0 (+{ContactUrl})";
}

/// <summary>One configured source, as written in <c>Scraper:Sources</c> or default-sources.json.</summary>
public sealed class SourceSeed
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Kind { get; set; } = "Feed";
    public string? TimeZone { get; set; }
    public int? IntervalMinutes { get; set; }
    public string? LinkSelector { get; set; }
    public string? ContentSelector { get; set; }
}
