using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>Deletes an article: its statements go with it; summits keep their other evidence.</summary>
[Authorize]
public sealed class DeleteModel(TrackerDbContext db, EditLog edits) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/Articles/{id}");

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        var statements = await db.Statements.CountAsync(s => s.ArticleId == id, ct);
        edits.Record(User, "Article", id, "delete", new { article.Title, article.Url, Statements = statements }, null);
        db.Articles.Remove(article);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Deleted “{article.Title}” and its {statements} statement(s).";
        return Redirect("/Articles");
    }
}
