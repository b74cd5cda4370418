using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// An editor corrects an article's title, publication date or source name (a pasted text with no date ends here).
/// The fields are kept through re-analysis (EditedUtc), and the article is analysed again at once so statements and
/// summits take their dates from the corrected publication date ("on Tuesday" needs to know which week).
/// </summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, ArticleStore store, TimeProvider clock) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string? Published { get; set; }
    [BindProperty] public string? SiteName { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        (Id, Title, Published, SiteName) = (article.Id, article.Title, FuzzyDateInput.Format(article.Published), article.SiteName);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Id = article.Id;
        if (string.IsNullOrWhiteSpace(Title)) ModelState.ReplaceErrors(nameof(Title), "An article needs a title.");
        if (AddModel.TooLong(Title, AddModel.MaxTitleLength)) ModelState.AddModelError(nameof(Title), $"The title is too long ({AddModel.MaxTitleLength} characters at most).");
        if (AddModel.TooLong(SiteName, AddModel.MaxSiteNameLength)) ModelState.AddModelError(nameof(SiteName), $"The source name is too long ({AddModel.MaxSiteNameLength} characters at most).");
        if (!FuzzyDateInput.TryParse(Published, out var published))
            ModelState.AddModelError(nameof(Published), "Use 2025, 2025-10 or 2025-10-18 (a Seoul day), or leave it empty.");
        if (!ModelState.IsValid) return Page();

        var siteName = string.IsNullOrWhiteSpace(SiteName) ? null : SiteName.Trim();
        var before = new { article.Title, Published = FuzzyDateInput.Format(article.Published), article.SiteName };
        var after = new { Title = Title.Trim(), Published = FuzzyDateInput.Format(published), SiteName = siteName };
        if (before.Equals(after))
        {
            TempData["Message"] = "Nothing changed.";
            return Redirect($"/Articles/{id}");
        }
        // The correction and the re-analysis it calls for are one transaction: never a saved title with a failed analysis.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        (article.Title, article.Published, article.SiteName) = (after.Title, published, siteName);
        article.EditedUtc = clock.GetUtcNow().UtcDateTime;
        edits.Record(User, "Article", id, "edit", before, after);
        await db.SaveChangesAsync(ct);
        await store.ReanalyzeAsync(id, ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = before.Published == after.Published ? "Article corrected."
            : "Article corrected and analysed again with the new date.";
        return Redirect($"/Articles/{id}");
    }
}
