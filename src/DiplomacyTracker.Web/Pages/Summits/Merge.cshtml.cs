using DiplomacyTracker.Intake;
using System.Globalization;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>
/// Merges a summit found in articles into the one it really is: evidence and participants move, gaps (date, place,
/// outcome) are filled, the status is derived again, the old one is deleted and its URL redirects (see <see cref="SummitRedirects"/>).
/// </summary>
[Authorize]
public sealed class MergeModel(TrackerDbContext db, EditLog edits, TimeProvider clock) : PageModel
{
    public const int MaxChoices = 20;

    /// <summary>A summit id ("42" or "#42") or words of its title.</summary>
    [BindProperty] public string? Target { get; set; }

    public SummitCard Source { get; private set; } = null!;
    public List<SummitCard> Choices { get; private set; } = [];

    /// <summary>True when <see cref="Choices"/> are title matches (else likely duplicates sharing a participant).</summary>
    public bool Searched { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadSourceAsync(id, ct) is { } refused) return refused;
        // Likely duplicates: summits sharing a participant, nearest in time first.
        var people = Source.Participants.Select(p => p.Id).ToList();
        var near = await SummitQueries.CardsAsync(db.Summits.Where(s => s.Id != id && s.Participants.Any(p => people.Contains(p.ActorId))), ct);
        var start = Source.Start?.EarliestUtc;
        Choices = near.OrderBy(c => start is { } t && c.Start is { } cs ? Math.Abs((cs.EarliestUtc - t).TotalDays) : double.MaxValue)
            .Take(MaxChoices).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadSourceAsync(id, ct) is { } refused) return refused;
        var text = Target?.Trim().TrimStart('#') ?? "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var byId))
        {
            if (byId == id) ModelState.AddModelError(nameof(Target), "A summit cannot be merged into itself.");
            else if (!await db.Summits.AnyAsync(s => s.Id == byId, ct)) ModelState.AddModelError(nameof(Target), $"There is no summit #{byId}.");
            return ModelState.IsValid ? await MergeAsync(id, byId, ct) : Page();
        }
        // Words of a title only search: merging deletes a summit, so the editor confirms the one meant.
        var lowered = text.ToLowerInvariant();
        Choices = lowered.Length == 0 ? [] : await SummitQueries.CardsAsync(db.Summits.Where(s => s.Id != id && s.Title.ToLower().Contains(lowered))
            .OrderByDescending(s => s.StartUtc).Take(MaxChoices), ct);
        Searched = true;
        if (Choices.Count == 0) ModelState.AddModelError(nameof(Target), $"No summit “{Target}”: give its number (as in /Summits/42) or words of its title.");
        return Page();
    }

    private async Task<IActionResult?> LoadSourceAsync(int id, CancellationToken ct)
    {
        var cards = await SummitQueries.CardsAsync(db.Summits.Where(s => s.Id == id), ct);
        if (cards.Count == 0) return NotFound();
        Source = cards[0];
        if (await db.Summits.AnyAsync(s => s.Id == id && s.ReferenceId != null, ct))
        {
            TempData["Message"] = "A curated reference summit cannot be merged away; merge the other summit into it.";
            return Redirect($"/Summits/{id}");
        }
        return null;
    }

    private async Task<IActionResult> MergeAsync(int sourceId, int targetId, CancellationToken ct)
    {
        Task<Summit> LoadAsync(int summitId) =>
            db.Summits.Include(s => s.Evidence).Include(s => s.Participants).AsSplitQuery().SingleAsync(s => s.Id == summitId, ct);
        var source = await LoadAsync(sourceId);
        var target = await LoadAsync(targetId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var before = new { target.Title, Status = target.Status.ToString(), Start = target.Start?.ToIsoString(), target.Location, target.Outcome };
        var evidence = source.Evidence.ToList();
        foreach (var e in evidence)
        {
            source.Evidence.Remove(e);
            target.Evidence.Add(e);
        }
        // "This article is not about the merged summit" now reads "not about the summit it became".
        var rejections = await db.SummitEvidenceRejections.Where(r => r.SummitId == source.Id || r.SummitId == target.Id).ToListAsync(ct);
        foreach (var r in rejections.Where(r => r.SummitId == source.Id))
        {
            if (rejections.Any(t => t.SummitId == target.Id && t.ArticleId == r.ArticleId)) db.SummitEvidenceRejections.Remove(r);
            else r.SummitId = target.Id;
        }
        var added = source.Participants.Select(p => p.ActorId).Where(a => target.Participants.All(p => p.ActorId != a)).ToList();
        foreach (var actorId in added) target.Participants.Add(new SummitParticipant { ActorId = actorId });
        if (target.Start is null && source.Start is not null) (target.Start, target.End) = (source.Start, source.End ?? source.Start);
        target.Location ??= source.Location;
        target.Outcome ??= source.Outcome;
        target.Kind ??= source.Kind;
        SummitEvidenceStatus.Recompute(target);
        target.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        var record = new
        {
            Merged = source.Title, MergedId = source.Id, Into = target.Title, IntoId = target.Id,
            Evidence = evidence.Select(e => e.Id).ToList(), Participants = added, Status = target.Status.ToString(),
        };
        edits.Record(User, "Summit", source.Id, SummitRedirects.MergeAction,
            new { source.Title, Status = source.Status.ToString(), Start = source.Start?.ToIsoString(), source.Location }, record);
        edits.Record(User, "Summit", target.Id, SummitRedirects.MergeAction, before, record);
        await db.SaveChangesAsync(ct);
        db.Summits.Remove(source);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Message"] = $"Merged “{source.Title}” into “{target.Title}”: {evidence.Count} report(s) and {added.Count} participant(s) moved.";
        return Redirect($"/Summits/{target.Id}");
    }
}
