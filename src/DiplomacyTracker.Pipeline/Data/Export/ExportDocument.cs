using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data.Export;

/// <summary>Everything stored, as one JSON document (`export --json`, `restore`). Bump FormatVersion on any shape change.</summary>
public sealed record ExportDocument(
    int FormatVersion,
    IReadOnlyList<ExportSource> Sources,
    IReadOnlyList<ExportActor> Actors,
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportStatement> Statements,
    IReadOnlyList<ExportSummit> Summits)
{
    public const int CurrentVersion = 1;
}

/// <summary>A fuzzy date as exported: earliest/latest UTC, precision, offset.</summary>
public sealed record ExportDate(DateTime Earliest, DateTime Latest, DatePrecision Precision, int OffsetMinutes, string Text)
{
    public static ExportDate? From(FuzzyDate? d) => d is { } v ? new(v.EarliestUtc, v.LatestUtc, v.Precision, v.OffsetMinutes, v.ToIsoString()) : null;

    public FuzzyDate ToFuzzy() => new(DateTime.SpecifyKind(Earliest, DateTimeKind.Utc), DateTime.SpecifyKind(Latest, DateTimeKind.Utc), Precision, OffsetMinutes);
}

public sealed record ExportSource(int Id, string Name, string Url, SourceKind Kind, string? LinkSelector, string? ContentSelector,
    string TimeZone, int IntervalMinutes, bool IsPaused, DateTime CreatedUtc);

public sealed record ExportActor(int Id, string? ReferenceId, string Name, string Slug, string? Country, ActorKind Kind, string? Surname,
    string? Description, ActorOrigin Origin, ReviewState Review, int? MergedIntoId, DateTime? EditedUtc, DateTime CreatedUtc,
    IReadOnlyList<string> Aliases, IReadOnlyList<ExportRole> Roles);

public sealed record ExportRole(string Title, string? Organisation, DateOnly? From, DateOnly? To);

public sealed record ExportArticle(int Id, string? Url, string? NormalizedUrl, string? CanonicalUrl, string Title, string? Byline,
    string? SiteName, string? Language, string? LeadImageUrl, ExportDate? PublishedAt, DateTime FetchedUtc, string Text,
    string? RawGzipBase64, string? RawContentType, string ContentHash, bool Relevant, double RelevanceScore, bool RelevanceBorderline,
    bool RelevanceOverridden, ArticleOrigin Origin, int? SourceId, string? Source, string? FeedGuid, DateTime? AnalyzedUtc,
    IReadOnlyList<ExportSighting> AlsoReportedBy, DateTime? EditedUtc = null);

public sealed record ExportSighting(int? SourceId, string Url, string? Title, string Reason, DateTime SeenUtc);

public sealed record ExportStatement(int Id, string? Speaker, int? SpeakerId, string? SpeakerText, string? Role, StatementKind Kind,
    string Cue, string Text, ExportDate? SaidOn, int ArticleId, int Start, int End, double Confidence, ReviewState Review,
    DateTime? EditedUtc, DateTime CreatedUtc);

public sealed record ExportSummit(int Id, string? ReferenceId, string Title, string? Kind, ExportDate? Start, ExportDate? End,
    string? Location, SummitStatus Status, string? Outcome, string? SourceCitation, string? SourceUrl, DateTime? EditedUtc,
    DateTime CreatedUtc, DateTime UpdatedUtc, IReadOnlyList<int> Participants, IReadOnlyList<ExportEvidence> Evidence,
    IReadOnlyList<int>? UnlinkedArticles = null);

public sealed record ExportEvidence(int? ArticleId, SummitStatus Status, string Excerpt, int Start, int End, DateTime? ReportedUtc, DateTime CreatedUtc);
