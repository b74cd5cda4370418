using DiplomacyTracker.Intake;
using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>An editor removes wrong evidence from a summit (its status is derived again) or deletes a summit found in articles.</summary>
[Authorize]
public sealed class ManageModel(TrackerDbContext db, EditLog edits, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(int id) => Redirect($"/Summits/{id}");

    public async Task<IActionResult> OnPostUnlinkAsync(int id, int evidenceId, CancellationToken ct)
    {
        var summit = await db.Summits.Include(s => s.Evidence).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (summit?.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence) return NotFound();
        var before = summit.Status;
        summit.Evidence.Remove(evidence);
        db.SummitEvidence.Remove(evidence);
        // Re-analysing the article would link the same passage again: remember that it is not about this summit.
        if (evidence.ArticleId is { } articleId && !await db.SummitEvidenceRejections.AnyAsync(r => r.ArticleId == articleId && r.SummitId == id, ct))
            db.SummitEvidenceRejections.Add(new DiplomacyTracker.Data.Entities.SummitEvidenceRejection
            {
                ArticleId = articleId, SummitId = id, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        var derived = SummitEvidenceStatus.Recompute(summit);
        summit.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        edits.Record(User, "Summit", id, "unlink",
            new { Evidence = evidence.Id, evidence.ArticleId, Status = evidence.Status.ToString(), evidence.Excerpt, SummitStatus = before.ToString() },
            new { SummitStatus = summit.Status.ToString(), Evidence = summit.Evidence.Count });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Evidence unlinked. " + (derived
            ? $"Status from the remaining evidence: {summit.Status}."
            : $"Status kept as {summit.Status} ({(summit.EditedUtc is null ? "no evidence left to derive it from" : "an editor set it")}).");
        return Redirect($"/Summits/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var summit = await db.Summits.Include(s => s.Evidence).Include(s => s.Participants).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (summit is null) return NotFound();
        if (summit.ReferenceId is not null)
        {
            TempData["Message"] = "A curated reference summit cannot be deleted; correct it instead.";
            return Redirect($"/Summits/{id}");
        }
        edits.Record(User, "Summit", id, "delete", new
        {
            summit.Title, Start = summit.Start?.ToIsoString(), Status = summit.Status.ToString(), summit.Location,
            Participants = summit.Participants.Select(p => p.ActorId).Order().ToList(),
            Evidence = summit.Evidence.Select(e => new { e.Id, e.ArticleId, Status = e.Status.ToString() }).ToList(),
        }, null);
        db.Summits.Remove(summit);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Summit “{summit.Title}” deleted.";
        return Redirect("/Summits");
    }
}
