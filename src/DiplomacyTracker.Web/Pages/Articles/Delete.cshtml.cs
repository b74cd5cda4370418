using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>Deletes an article after a confirmation: its statements go with it; summits keep their other evidence.</summary>
[Authorize]
public sealed class DeleteModel(TrackerDbContext db, EditLog edits, ArticleStore store) : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int Statements { get; private set; }
    public int CorrectedStatements { get; private set; }
    public List<string> Summits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Id, a.Title }).FirstOrDefaultAsync(ct);
        if (article is null) return NotFound();
        (Id, Title) = (article.Id, article.Title);
        Statements = await db.Statements.CountAsync(s => s.ArticleId == id, ct);
        CorrectedStatements = await db.Statements.CountAsync(s => s.ArticleId == id && s.EditedUtc != null, ct);
        Summits = await db.SummitEvidence.Where(e => e.ArticleId == id).Select(e => e.Summit!.Title).Distinct().ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        var statements = await db.Statements.CountAsync(s => s.ArticleId == id, ct);
        var summits = await db.SummitEvidence.Where(e => e.ArticleId == id).Select(e => e.SummitId).Distinct().ToListAsync(ct);
        edits.Record(User, "Article", id, "delete", new { article.Title, article.Url, Statements = statements, Summits = summits }, null);
        db.Articles.Remove(article);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Delete clicked twice: the other request removed it between our read and our write.
            TempData["Message"] = $"“{article.Title}” was already deleted.";
            return Redirect("/Articles");
        }
        // Its reports went with it (cascade): each summit's status from the evidence left.
        await store.RecomputeSummitStatusAsync(summits, ct);
        TempData["Message"] = $"Deleted “{article.Title}” and its {statements} statement(s).";
        return Redirect("/Articles");
    }
}
