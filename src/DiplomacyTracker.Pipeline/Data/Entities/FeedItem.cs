namespace DiplomacyTracker.Data.Entities;

/// <summary>Where an item a source listed stands in the pipeline.</summary>
public enum FeedItemState
{
    Pending = 0,
    Stored = 1,
    Duplicate = 2,
    Irrelevant = 3,
    Failed = 4,
}

/// <summary>One item a source listed: remembered so nothing is lost (failures retry with backoff) and nothing is stored twice.</summary>
public class FeedItem
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }

    /// <summary>The feed's GUID / Atom id, or the normalised URL when the feed gives none.</summary>
    public string Guid { get; set; } = "";
    public string Url { get; set; } = "";
    public string NormalizedUrl { get; set; } = "";
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public DateTime? PublishedUtc { get; set; }

    public FeedItemState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? NextAttemptUtc { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime? LastAttemptUtc { get; set; }

    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
}
