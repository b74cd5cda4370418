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

/// <summary>One statement found: its whole text, and a snippet whose matches are marked (see <see cref="SearchMarkers"/>).</summary>
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
    string MarkedSnippet,
    string Text = "");

/// <summary>A page of hits; <see cref="HasMore"/> when another page follows; <see cref="Count"/> how many match in all.</summary>
public sealed record StatementPage(IReadOnlyList<StatementHit> Hits, bool HasMore, FtsQuery Query, ResultCount? Count = null);

/// <summary>How a result count was reached: counted, counted up to a cap, or extrapolated from the match probe.</summary>
public enum CountKind
{
    Exact,
    AtLeast,
    About,
}

/// <summary>"37 statements", "more than 1,000 statements", "about 9,800 statements".</summary>
public sealed record ResultCount(int Value, CountKind Kind)
{
    public string Describe(string one, string many)
    {
        var n = Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return Kind switch
        {
            CountKind.AtLeast => $"more than {n} {many}",
            CountKind.About => $"about {n} {many}",
            _ => Value == 1 ? $"1 {one}" : $"{n} {many}",
        };
    }
}
