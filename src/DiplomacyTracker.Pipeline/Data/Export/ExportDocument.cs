using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data.Export;

/// <summary>
/// Everything stored, as one JSON document (`export --json`, `restore`): sources with their schedule and health, the
/// feed items they listed, actors, articles (with the page as fetched), statements, summits with their evidence, the
/// editors' accounts (password hashes included: keep the file as safe as the database) and the edit history.
/// Bump FormatVersion on any shape change; <see cref="StoreRestorer"/> reads every version listed in <see cref="ReadableVersions"/>.
/// </summary>
public sealed record ExportDocument(
    int FormatVersion,
    IReadOnlyList<ExportSource> Sources,
    IReadOnlyList<ExportActor> Actors,
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportStatement> Statements,
    IReadOnlyList<ExportSummit> Summits,
    IReadOnlyList<ExportEditor>? Editors = null,
    IReadOnlyList<ExportEdit>? EditHistory = null,
    IReadOnlyList<ExportFeedItem>? FeedItems = null)
{
    public const int CurrentVersion = 2;

    /// <summary>Version 1 had no editors, edit history, feed items, source health or "no article text" flag.</summary>
    public static readonly IReadOnlyList<int> ReadableVersions = [1, 2];
}

/// <summary>An editor's account as stored (ASP.NET Core Identity's columns we use).</summary>
public sealed record ExportEditor(string Id, string? Email, string? UserName, string? PasswordHash, string? SecurityStamp,
    string? ConcurrencyStamp, bool EmailConfirmed, bool LockoutEnabled, DateTimeOffset? LockoutEnd, int AccessFailedCount, DateTime CreatedUtc);

/// <summary>One edit record: who changed what, when, before and after.</summary>
public sealed record ExportEdit(long Id, string EntityType, int EntityId, string Action, string? Before, string? After, string Editor, DateTime AtUtc);

/// <summary>One item a source listed, with where it stands (so nothing is fetched again or retried from scratch).</summary>
public sealed record ExportFeedItem(int Id, int SourceId, string Guid, string Url, string NormalizedUrl, string? Title, string? Summary,
    DateTime? PublishedUtc, FeedItemState State, int Attempts, string? LastError, DateTime? NextAttemptUtc, DateTime FirstSeenUtc,
    DateTime? LastAttemptUtc, int? ArticleId);

/// <summary>A source's schedule, conditional-GET state and health (format 2).</summary>
public sealed record ExportSourceState(DateTime NextCheckUtc, DateTime? ScrapeRequestedUtc, string? ETag, string? LastModified,
    DateTime? LastAttemptUtc, DateTime? LastSuccessUtc, string? LastError, int ConsecutiveFailures, int ItemsSeen, int ItemsNew,
    int ItemsDuplicate, int ItemsIrrelevant, int ItemsFailed);

/// <summary>A fuzzy date as exported: earliest/latest UTC, precision, offset.</summary>
public sealed record ExportDate(DateTime Earliest, DateTime Latest, DatePrecision Precision, int OffsetMinutes, string Text)
{
    public static ExportDate? From(FuzzyDate? d) => d is { } v ? new(v.EarliestUtc, v.LatestUtc, v.Precision, v.OffsetMinutes, v.ToIsoString()) : null;

    public FuzzyDate ToFuzzy() => new(DateTime.SpecifyKind(Earliest, DateTimeKind.Utc), DateTime.SpecifyKind(Latest, DateTimeKind.Utc), Precision, OffsetMinutes);
}

public sealed record ExportSource(int Id, string Name, string Url, SourceKind Kind, string? LinkSelector, string? ContentSelector,
    string TimeZone, int IntervalMinutes, bool IsPaused, DateTime CreatedUtc, ExportSourceState? State = null);

public sealed record ExportActor(int Id, string? ReferenceId, string Name, string Slug, string? Country, ActorKind Kind, string? Surname,
    string? Description, ActorOrigin Origin, ReviewState Review, int? MergedIntoId, DateTime? EditedUtc, DateTime CreatedUtc,
    IReadOnlyList<string> Aliases, IReadOnlyList<ExportRole> Roles);

public sealed record ExportRole(string Title, string? Organisation, DateOnly? From, DateOnly? To);

public sealed record ExportArticle(int Id, string? Url, string? NormalizedUrl, string? CanonicalUrl, string Title, string? Byline,
    string? SiteName, string? Language, string? LeadImageUrl, ExportDate? PublishedAt, DateTime FetchedUtc, string Text,
    string? RawGzipBase64, string? RawContentType, string ContentHash, bool Relevant, double RelevanceScore, bool RelevanceBorderline,
    bool RelevanceOverridden, ArticleOrigin Origin, int? SourceId, string? Source, string? FeedGuid, DateTime? AnalyzedUtc,
    IReadOnlyList<ExportSighting> AlsoReportedBy, DateTime? EditedUtc = null, string? AnalysisError = null);

public sealed record ExportSighting(int? SourceId, string Url, string? Title, string Reason, DateTime SeenUtc);

public sealed record ExportStatement(int Id, string? Speaker, int? SpeakerId, string? SpeakerText, string? Role, StatementKind Kind,
    string Cue, string Text, ExportDate? SaidOn, int ArticleId, int Start, int End, double Confidence, ReviewState Review,
    DateTime? EditedUtc, DateTime CreatedUtc, bool EnteredByEditor = false);

public sealed record ExportSummit(int Id, string? ReferenceId, string Title, string? Kind, ExportDate? Start, ExportDate? End,
    string? Location, SummitStatus Status, string? Outcome, string? SourceCitation, string? SourceUrl, DateTime? EditedUtc,
    DateTime CreatedUtc, DateTime UpdatedUtc, IReadOnlyList<int> Participants, IReadOnlyList<ExportEvidence> Evidence,
    IReadOnlyList<int>? UnlinkedArticles = null, bool EnteredByEditor = false);

public sealed record ExportEvidence(int? ArticleId, SummitStatus Status, string Excerpt, int Start, int End, DateTime? ReportedUtc, DateTime CreatedUtc,
    bool EnteredByEditor = false, DatePrecision? ReportedPrecision = null);
