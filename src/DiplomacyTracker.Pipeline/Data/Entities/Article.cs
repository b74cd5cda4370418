using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data.Entities;

/// <summary>How an article reached the store.</summary>
public enum ArticleOrigin
{
    Scraped = 0,
    AddedByHand = 1,
    Imported = 2,
}

/// <summary>A stored story: what was fetched (the compressed snapshot is the evidence), what was extracted, and its relevance.</summary>
public class Article
{
    public int Id { get; set; }

    /// <summary>The URL as fetched (or given); null for pasted text without one.</summary>
    public string? Url { get; set; }

    /// <summary>Unique: scheme/host case, tracking parameters, fragment and trailing slash normalised away.</summary>
    public string? NormalizedUrl { get; set; }
    public string? CanonicalUrl { get; set; }
    public string Title { get; set; } = "";
    public string? Byline { get; set; }
    public string? SiteName { get; set; }
    public string? Language { get; set; }
    public string? LeadImageUrl { get; set; }

    // Published-at with its precision (see FuzzyDate).
    public DateTime? PublishedUtc { get; set; }
    public DateTime? PublishedLatestUtc { get; set; }
    public DatePrecision PublishedPrecision { get; set; }
    public int PublishedOffsetMinutes { get; set; }

    public DateTime FetchedUtc { get; set; }

    /// <summary>Plain text, paragraphs separated by blank lines; statement offsets index into it.</summary>
    public string Text { get; set; } = "";

    /// <summary>The page as fetched, gzip-compressed.</summary>
    public byte[]? RawGzip { get; set; }
    public string? RawContentType { get; set; }

    /// <summary>SHA-256 (hex) of the normalised text, for exact-duplicate detection.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>How many distinct 4-word shingles the text has, and the smallest of their hashes (see Intake.Shingles),
    /// so near-duplicates are screened without re-reading every recent article's text.</summary>
    public int? ShingleCount { get; set; }
    public byte[]? ShingleSketch { get; set; }

    public bool IsRelevant { get; set; }
    public double RelevanceScore { get; set; }
    public bool RelevanceBorderline { get; set; }
    public bool RelevanceOverridden { get; set; }

    public ArticleOrigin Origin { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string? FeedGuid { get; set; }

    public DateTime? AnalyzedUtc { get; set; }

    /// <summary>Set when an editor corrected title, date or source name: re-analysis keeps those as the editor left them.</summary>
    public DateTime? EditedUtc { get; set; }
    public string? AnalysisError { get; set; }

    public List<Statement> Statements { get; set; } = [];
    public List<ArticleSighting> Sightings { get; set; } = [];

    public FuzzyDate? Published
    {
        get => FuzzyDateColumns.Read(PublishedUtc, PublishedLatestUtc, PublishedPrecision, PublishedOffsetMinutes);
        set => (PublishedUtc, PublishedLatestUtc, PublishedPrecision, PublishedOffsetMinutes) = FuzzyDateColumns.Write(value);
    }
}

/// <summary>Another place the same story appeared ("also reported by ..."): a second feed, a near-identical copy.</summary>
public class ArticleSighting
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public string Url { get; set; } = "";
    public string? Title { get; set; }

    /// <summary>Why it was judged the same story: "url", "canonical", "guid", "hash", "near-duplicate".</summary>
    public string Reason { get; set; } = "";
    public DateTime SeenUtc { get; set; }
}
