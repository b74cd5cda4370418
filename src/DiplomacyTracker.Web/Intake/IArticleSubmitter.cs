using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Intake;

/// <summary>What the "Add article" form sends: the page body (fetched or pasted) and what the editor typed.</summary>
public sealed record ArticleSubmission(byte[] Body, string? ContentType, string? Url, string? Title, FuzzyDate? Published, string? SiteName);

/// <summary>What would be stored: shown by "Preview" before "Save".</summary>
public sealed record ArticlePreview(
    string Title, FuzzyDate? Published, string Text, bool IsRelevant, double RelevanceScore,
    IReadOnlyList<string> Actors, IReadOnlyList<PreviewStatement> Statements, IReadOnlyList<PreviewSummit> Summits);

public sealed record PreviewStatement(string Speaker, string? Role, string Text);

public sealed record PreviewSummit(string Title, string Date, string Status);

/// <summary>The outcome of "Save": the stored (or already stored) article.</summary>
public sealed record SubmissionResult(int ArticleId, bool Duplicate, string? DuplicateReason);

/// <summary>
/// The web form's door to the intake. The lead's ArticleIntake (PreviewAsync/AddAsync over a RawArticle)
/// implements it once on main; until then <see cref="StoreOnlyArticleSubmitter"/> stores the text without analysis.
/// </summary>
public interface IArticleSubmitter
{
    Task<ArticlePreview> PreviewAsync(ArticleSubmission submission, CancellationToken ct);

    Task<SubmissionResult> AddAsync(ArticleSubmission submission, CancellationToken ct);
}
