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
/// An editor corrects who said it, what, and when (at the precision known); EditedUtc is set so re-analysis keeps the
/// correction, and corrected words are located in the article again (<see cref="StatementSpanLocator"/>) so the
/// highlight follows them. A new speaker brings "as the article named them" along, unless the editor wrote it.
/// </summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Speaker { get; set; }
    [BindProperty] public string? SpeakerText { get; set; }
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public StatementKind Kind { get; set; }

    /// <summary>When it was said, at the precision known: a day, a month, a year, or a time (KST); empty when unknown.</summary>
    [BindProperty] public string? SaidOn { get; set; }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var s = await db.Statements.Include(x => x.Speaker).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        (Id, ArticleId, Speaker, SpeakerText, Text, Kind) = (s.Id, s.ArticleId, s.Speaker?.Name, s.SpeakerText, s.Text, s.Kind);
        SaidOn = FuzzyDateInput.Format(s.SaidOn);
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
            else ModelState.AddModelError(nameof(Speaker), ids.Count == 0 ? $"No actor called “{Speaker}”. Add the actor first (link below) or use another spelling."
                : $"“{Speaker}” matches {ids.Count} actors; use the full name.");
        }
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "A statement needs its words.");
        if (!FuzzyDateInput.TryParse(SaidOn, out var saidOn)) ModelState.AddModelError(nameof(SaidOn), DateHint);
        if (!ModelState.IsValid) return Page();

        var before = new { s.SpeakerId, Speaker = s.Speaker?.Name, s.SpeakerText, s.Text, Kind = s.Kind.ToString(), s.StartOffset, s.EndOffset, SaidOn = s.SaidOn?.ToIsoString() };
        // New words are looked up in the article so the statement stays pinned to its sentence; words the article
        // does not hold (a translation, a paraphrase) keep the old place and say so.
        var located = true;
        if (!string.Equals(Text.Trim(), s.Text, StringComparison.Ordinal))
        {
            var span = StatementSpanLocator.Locate(s.Article!.Text, Text.Trim(), s.StartOffset);
            if (span is { } found) (s.StartOffset, s.EndOffset) = found;
            else located = false;
        }
        // A new speaker with "as the article named them" left as it was: the article's own name for the new speaker.
        var namedAs = string.IsNullOrWhiteSpace(SpeakerText) ? s.SpeakerText : SpeakerText.Trim();
        if (speakerId is { } newSpeaker && newSpeaker != s.SpeakerId && string.Equals(namedAs, s.SpeakerText, StringComparison.Ordinal))
            namedAs = await SpokenNames.InArticleAsync(db, newSpeaker, s.Article!.Text, s.StartOffset, ct);
        s.SpeakerId = speakerId;
        s.SpeakerText = namedAs;
        // The same date typed back (the form shows KST) keeps the stored value and the zone it was written in.
        // A post without the field (not the form itself) leaves the date alone.
        if (Request.Form.ContainsKey(nameof(SaidOn)) && !FuzzyDateInput.SameDate(s.SaidOn, saidOn)) s.SaidOn = saidOn;
        s.Text = Text.Trim();
        s.Kind = Kind;
        s.EditedUtc = clock.GetUtcNow().UtcDateTime;
        if (s.Review == DiplomacyTracker.Data.Entities.ReviewState.Pending) s.Review = DiplomacyTracker.Data.Entities.ReviewState.Accepted;
        var name = speakerId is null ? null : await db.Actors.Where(a => a.Id == speakerId).Select(a => a.Name).FirstAsync(ct);
        edits.Record(User, "Statement", s.Id, "edit", before,
            new { s.SpeakerId, Speaker = name, s.SpeakerText, s.Text, Kind = s.Kind.ToString(), s.StartOffset, s.EndOffset, SaidOn = s.SaidOn?.ToIsoString() });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = located ? "Statement saved."
            : "Statement saved. Its new words are not in the article, so the highlight still marks the passage it was taken from.";
        return Redirect($"/Articles/{s.ArticleId}#s{s.Id}");
    }

    public const string DateHint = "Use 2025-10-18 (a day), 2025-10 (a month), 2025 (a year) or 2025-10-18 10:00 (KST); leave it empty when the day is not known.";
}
