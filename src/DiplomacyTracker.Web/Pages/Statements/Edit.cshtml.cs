using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Statements;

/// <summary>
/// An editor corrects who said it and what; EditedUtc is set so re-analysis keeps the correction, and corrected words
/// are located in the article again (<see cref="StatementSpanLocator"/>) so the highlight follows them.
/// </summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Speaker { get; set; }
    [BindProperty] public string? SpeakerText { get; set; }
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public StatementKind Kind { get; set; }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var s = await db.Statements.Include(x => x.Speaker).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        (Id, ArticleId, Speaker, SpeakerText, Text, Kind) = (s.Id, s.ArticleId, s.Speaker?.Name, s.SpeakerText, s.Text, s.Kind);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var s = await db.Statements.Include(x => x.Speaker).Include(x => x.Article).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        (Id, ArticleId) = (s.Id, s.ArticleId);
        int? speakerId = null;
        if (!string.IsNullOrWhiteSpace(Speaker))
        {
            var ids = await speakers.FindActorIdsAsync(Speaker, ct);
            if (ids.Count == 1) speakerId = ids[0];
            else ModelState.AddModelError(nameof(Speaker), ids.Count == 0 ? $"No actor called “{Speaker}”. Add the actor first or use another spelling."
                : $"“{Speaker}” matches {ids.Count} actors; use the full name.");
        }
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "A statement needs its words.");
        if (!ModelState.IsValid) return Page();

        var before = new { s.SpeakerId, Speaker = s.Speaker?.Name, s.SpeakerText, s.Text, Kind = s.Kind.ToString(), s.StartOffset, s.EndOffset };
        // New words are looked up in the article so the statement stays pinned to its sentence; words the article
        // does not hold (a translation, a paraphrase) keep the old place and say so.
        var located = true;
        if (!string.Equals(Text.Trim(), s.Text, StringComparison.Ordinal))
        {
            var span = StatementSpanLocator.Locate(s.Article!.Text, Text.Trim(), s.StartOffset);
            if (span is { } found) (s.StartOffset, s.EndOffset) = found;
            else located = false;
        }
        s.SpeakerId = speakerId;
        s.SpeakerText = string.IsNullOrWhiteSpace(SpeakerText) ? s.SpeakerText : SpeakerText.Trim();
        s.Text = Text.Trim();
        s.Kind = Kind;
        s.EditedUtc = clock.GetUtcNow().UtcDateTime;
        if (s.Review == DiplomacyTracker.Data.Entities.ReviewState.Pending) s.Review = DiplomacyTracker.Data.Entities.ReviewState.Accepted;
        var name = speakerId is null ? null : await db.Actors.Where(a => a.Id == speakerId).Select(a => a.Name).FirstAsync(ct);
        edits.Record(User, "Statement", s.Id, "edit", before, new { s.SpeakerId, Speaker = name, s.SpeakerText, s.Text, Kind = s.Kind.ToString(), s.StartOffset, s.EndOffset });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = located ? "Statement saved."
            : "Statement saved. Its new words are not in the article, so the highlight still marks the passage it was taken from.";
        return Redirect($"/Articles/{s.ArticleId}#s{s.Id}");
    }
}
