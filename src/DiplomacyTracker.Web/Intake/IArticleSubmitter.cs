using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Intake;

/// <summary>What the "Add article" form sends: the page body (fetched or pasted) and what the editor typed.</summary>
public sealed record ArticleSubmission(byte[] Body, string? ContentType, string? Url, string? Title, FuzzyDate? Published, string? SiteName);

/// <summary>What would be stored: shown by "Preview" before "Save". <see cref="NoArticle"/> says why no text was found, if none was.</summary>
public sealed record ArticlePreview(
    string Title, FuzzyDate? Published, string Text, bool IsRelevant, double RelevanceScore,
    IReadOnlyList<string> Actors, IReadOnlyList<PreviewStatement> Statements, IReadOnlyList<PreviewSummit> Summits,
    SubmissionResult? AlreadyStored = null, string? NoArticle = null);

public sealed record PreviewStatement(string Speaker, string? Role, string Text);

public sealed record PreviewSummit(string Title, string Date, string Status);

/// <summary>The outcome of "Save": the stored (or already stored) article, or why nothing was stored (<see cref="Refused"/>).</summary>
public sealed record SubmissionResult(int ArticleId, bool Duplicate, string? DuplicateReason, string? Refused = null)
{
    /// <summary>Why the stored copy counts as the same article, in words an editor reads.</summary>
    public string ReasonText => DuplicateReason switch
    {
        "url" => "it has the same address",
        "canonical" => "its page names the same canonical address",
        "guid" => "the feed gave it the same id",
        "hash" => "its text is identical",
        "near-duplicate" => "its text is nearly identical (the same story from another outlet)",
        _ => "it is the same article",
    };
}

/// <summary>
/// The web form's door to the shared intake (<see cref="IntakeArticleSubmitter"/> over ArticleIntake): preview says
/// what would be stored and whether it already is; add stores it.
/// </summary>
public interface IArticleSubmitter
{
    Task<ArticlePreview> PreviewAsync(ArticleSubmission submission, CancellationToken ct);

    Task<SubmissionResult> AddAsync(ArticleSubmission submission, CancellationToken ct);
}
