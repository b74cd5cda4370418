namespace DiplomacyTracker.Data.Entities;

/// <summary>What a source is: a feed (RSS 2.0, RSS 1.0/RDF, Atom), an HTML listing page, or a news sitemap.</summary>
public enum SourceKind
{
    Feed = 0,
    Listing = 1,
    Sitemap = 2,
}

/// <summary>A feed or site the scraper polls, with its schedule and health.</summary>
public class Source
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public SourceKind Kind { get; set; }

    /// <summary>For listings: CSS selector for article links.</summary>
    public string? LinkSelector { get; set; }

    /// <summary>Optional CSS selector for the article body on this source's pages.</summary>
    public string? ContentSelector { get; set; }

    /// <summary>IANA zone for dates written without one (Asia/Seoul for Korean outlets).</summary>
    public string TimeZone { get; set; } = "UTC";

    public int IntervalMinutes { get; set; } = 30;
    public bool IsPaused { get; set; }
    public DateTime CreatedUtc { get; set; }

    // Schedule and lease.
    public DateTime NextCheckUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? ScrapeRequestedUtc { get; set; }

    // Conditional GET.
    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    // Health.
    public DateTime? LastAttemptUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public int ItemsSeen { get; set; }
    public int ItemsNew { get; set; }
    public int ItemsDuplicate { get; set; }
    public int ItemsIrrelevant { get; set; }
    public int ItemsFailed { get; set; }

    public List<Article> Articles { get; set; } = [];
}
