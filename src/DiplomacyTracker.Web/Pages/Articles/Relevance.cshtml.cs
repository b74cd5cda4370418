using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>An editor overrides an article's relevance; the override is kept across re-analysis.</summary>
[Authorize]
public sealed class RelevanceModel(TrackerDbContext db, EditLog edits, ArticleStore store) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/Articles/{id}");

    public async Task<IActionResult> OnPostAsync(int id, bool relevant, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        await using var tx = await db.Database.BeginTransactionAsync(ct); // the decision and its re-analysis together
        edits.Record(User, "Article", id, "relevance", new { article.IsRelevant, article.RelevanceBorderline, article.RelevanceOverridden },
            new { IsRelevant = relevant, RelevanceBorderline = false, RelevanceOverridden = true });
        article.IsRelevant = relevant;
        article.RelevanceBorderline = false;
        article.RelevanceOverridden = true;
        await db.SaveChangesAsync(ct);
        // Analyse (or clear the analysis of) the article as the editor decided; edited statements are kept.
        await store.ReanalyzeAsync(id, ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = relevant ? "Marked relevant." : "Marked not relevant.";
        return Redirect($"/Articles/{id}");
    }
}
