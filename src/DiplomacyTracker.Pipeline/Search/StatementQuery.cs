using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Search;

/// <summary>What to search statements for: words, speakers (already resolved to actor ids), country, a date range.</summary>
public sealed record StatementQuery(
    string? Words = null,
    IReadOnlyList<int>? SpeakerIds = null,
    string? Country = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    bool ByRelevance = false);

/// <summary>One statement found, with a snippet whose matches are marked (see <see cref="SearchMarkers"/>).</summary>
public sealed record StatementHit(
    int Id,
    int ArticleId,
    string ArticleTitle,
    int? SpeakerId,
    string? SpeakerName,
    string? SpeakerSlug,
    string? SpeakerText,
    StatementKind Kind,
    FuzzyDate? SaidOn,
    string MarkedSnippet);

/// <summary>A page of hits; <see cref="HasMore"/> when another page follows.</summary>
public sealed record StatementPage(IReadOnlyList<StatementHit> Hits, bool HasMore, FtsQuery Query);
