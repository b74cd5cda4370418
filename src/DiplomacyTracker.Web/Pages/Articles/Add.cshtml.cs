using System.Text;
using DiplomacyTracker.Data;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Intake;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// An editor adds an article by URL (fetched through the guarded fetcher) or by pasting text/HTML with title,
/// date and source. "Preview" shows what would be extracted; "Save" stores it (or points at the stored copy).
/// </summary>
[Authorize]
[RequestSizeLimit(MaxBodyBytes)] // read before a page slot (RequestBodyEdge); a 5 MB paste reaches the length check below
[RequestFormLimits(ValueLengthLimit = MaxBodyBytes)]
public sealed class AddModel(IArticleSubmitter intake, IArticleFetcher fetcher, TrackerDbContext db) : PageModel
{
    public const int MaxPasteLength = 2_000_000;
    /// <summary>The store keeps 500 characters of a title; a longer one is refused rather than cut without a word.</summary>
    public const int MaxTitleLength = 500;
    public const int MaxSiteNameLength = 200;
    /// <summary>2 million characters of Hangul come to 18 MB once a browser has percent-encoded them.</summary>
    public const int MaxBodyBytes = 20 * 1024 * 1024;

    [BindProperty] public string? ArticleUrl { get; set; }
    [BindProperty] public string? Pasted { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Published { get; set; }
    [BindProperty] public string? SiteName { get; set; }

    public ArticlePreview? Preview { get; private set; }
    public SubmissionResult? Duplicate { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (await BuildAsync(ct) is not { } submission) return Page();
        Preview = await intake.PreviewAsync(submission, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await BuildAsync(ct) is not { } submission) return Page();
        var result = await intake.AddAsync(submission, ct);
        if (result.Refused is { } why)
        {
            // As `import` refuses it: a page without article text is not stored (nothing to analyse, nothing to find).
            ModelState.AddModelError("", $"Not saved: {why}. Check the URL, or paste the article's text itself.");
            return Page();
        }
        if (result.Duplicate)
        {
            Duplicate = result;
            return Page();
        }
        var stored = await db.Articles.Where(a => a.Id == result.ArticleId)
            .Select(a => new { Dated = a.PublishedUtc != null }).SingleAsync(ct);
        TempData["Message"] = stored.Dated ? "Article saved."
            : "Article saved. No publication date was given or found, so its statements have no date and stay off the timeline: use “Correct title, date or source” to add one.";
        return Redirect($"/Articles/{result.ArticleId}");
    }

    private async Task<ArticleSubmission?> BuildAsync(CancellationToken ct)
    {
        if (!FuzzyDateInput.TryParse(Published, out var published))
            ModelState.AddModelError(nameof(Published), "Use 2025, 2025-10 or 2025-10-18, or leave it empty.");
        var hasUrl = !string.IsNullOrWhiteSpace(ArticleUrl);
        var hasContent = !string.IsNullOrWhiteSpace(Pasted);
        if (!hasUrl && !hasContent) ModelState.AddModelError(nameof(Pasted), "Give the article's URL or paste its text.");
        if (hasUrl && !(Uri.TryCreate(ArticleUrl!.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            ModelState.AddModelError(nameof(ArticleUrl), "The URL must start with http:// or https://.");
        if (TooLong(Title, MaxTitleLength)) ModelState.AddModelError(nameof(Title), $"The title is too long ({MaxTitleLength} characters at most).");
        if (TooLong(SiteName, MaxSiteNameLength)) ModelState.AddModelError(nameof(SiteName), $"The source name is too long ({MaxSiteNameLength} characters at most).");
        if (Pasted?.Length > MaxPasteLength)
        {
            // Refused, and not sent back: the form comes back empty rather than carrying megabytes to the browser again.
            ModelState.Remove(nameof(Pasted));
            Pasted = null;
            ModelState.AddModelError("", $"The pasted text is too long ({MaxPasteLength / 1_000_000} million characters at most); nothing was saved. Paste the article alone, without the rest of the page.");
        }
        if (!ModelState.IsValid) return null;

        if (hasContent)
            return new ArticleSubmission(Encoding.UTF8.GetBytes(Pasted!), Pasted!.TrimStart().StartsWith('<') ? "text/html" : "text/plain",
                hasUrl ? ArticleUrl!.Trim() : null, Title, published, SiteName);

        var fetched = await fetcher.FetchAsync(ArticleUrl!.Trim(), ct);
        if (!fetched.Succeeded)
        {
            ModelState.AddModelError(nameof(ArticleUrl), fetched.Error ?? $"Could not fetch {ArticleUrl}.");
            return null;
        }
        return new ArticleSubmission(fetched.Body!, fetched.ContentType, fetched.FinalUrl ?? ArticleUrl!.Trim(), Title, published, SiteName);
    }

    /// <summary>True when the trimmed text is longer than <paramref name="max"/> (null is never too long).</summary>
    public static bool TooLong(string? text, int max) => text is not null && text.Trim().Length > max;

    public static string DateText(FuzzyDate? date) => Display.Date(date);
}
