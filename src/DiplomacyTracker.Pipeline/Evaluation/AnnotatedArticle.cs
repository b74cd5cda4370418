using System.Globalization;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Evaluation;

/// <summary>One hand-annotated article: the text a careful reader saw and what they found in it, the yardstick for the analysis.</summary>
public sealed record AnnotatedArticle(
    string Id,
    string Title,
    string Published,
    string? Language,
    bool Relevant,
    string Text,
    IReadOnlyList<AnnotatedStatement> Statements,
    IReadOnlyList<string> Unattributed,
    IReadOnlyList<AnnotatedSummit> Summits)
{
    /// <summary>"2025-10-18T10:00+09:00" is an instant; "2025-08-31" is a whole Seoul day; anything else is null.</summary>
    public FuzzyDate? PublishedDate => ParsePublished(Published);

    /// <summary>The article as the analysis receives it.</summary>
    public ArticleText ToArticleText() => new(Title, Text, PublishedDate, Language);

    public static FuzzyDate? ParsePublished(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
            return FuzzyDate.FromDay(day, FuzzyDate.Seoul);
        string[] formats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];
        return DateTimeOffset.TryParseExact(text, formats, inv, DateTimeStyles.None, out var instant)
            ? FuzzyDate.FromInstant(instant)
            : null;
    }
}

/// <summary>A statement the annotator found: who (a catalog name), how it was reported, and the words as delimited.</summary>
public sealed record AnnotatedStatement(string Speaker, string Kind, string? Cue, string Text)
{
    public StatementKind? ParsedKind =>
        Enum.TryParse<StatementKind>(Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;
}

/// <summary>A summit the annotator found; <see cref="Start"/> is "yyyy-MM-dd" when the article gives the day, else null.</summary>
public sealed record AnnotatedSummit(IReadOnlyList<string> Participants, string? Location, string? Start, string Status)
{
    public SummitStatus? ParsedStatus =>
        Enum.TryParse<SummitStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    public DateOnly? StartDay =>
        DateOnly.TryParseExact(Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>A short item labelled only for relevance: is it about Korea diplomacy?</summary>
public sealed record RelevanceSample(string Title, string Text, bool Relevant);
