using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Intake;

/// <summary>What arrives at the pipeline: a fetched page or pasted text/HTML, with what the caller knows about it.</summary>
public sealed record RawArticle(
    byte[] Body,
    string? ContentType,
    string? Url,
    DateTimeOffset FetchedAt,
    ArticleOrigin Origin,
    int? SourceId = null,
    string? FeedGuid = null,
    string? TimeZone = null,
    string? ContentSelector = null,
    string? TitleOverride = null,
    FuzzyDate? PublishedOverride = null);

/// <summary>A page after extraction and analysis, ready for the store (nothing here has touched the database).</summary>
public sealed record ProcessedArticle(
    RawArticle Raw,
    ExtractedArticle Extracted,
    AnalysisResult Analysis,
    string Title,
    FuzzyDate? Published,
    string Text,
    string ContentHash,
    string? NormalizedUrl,
    string? CanonicalUrl);

/// <summary>What the store did with an article: stored it under a new id, or found it already stored.</summary>
public sealed record SaveResult(int ArticleId, bool Duplicate, string? DuplicateReason);
