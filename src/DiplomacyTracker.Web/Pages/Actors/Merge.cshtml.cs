using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>
/// Merges one actor into another (a discovered "Kang" into "Kang Kyung-wha"): statements, summit participation,
/// spellings and roles move; the merged actor stays as a tombstone (MergedIntoId) so nothing brings it back.
/// </summary>
[Authorize]
public sealed class MergeModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, CatalogProvider catalog, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Target { get; set; }

    public Actor Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Actors.FirstOrDefaultAsync(a => a.Id == id && a.MergedIntoId == null, ct) is not { } actor) return NotFound();
        Actor = actor;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var source = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id && a.MergedIntoId == null, ct);
        if (source is null) return NotFound();
        Actor = source;
        var ids = string.IsNullOrWhiteSpace(Target) ? [] : await speakers.FindActorIdsAsync(Target, ct);
        var targetId = ids.Count == 1 ? ids[0] : (int?)null;
        if (targetId is null) ModelState.AddModelError(nameof(Target), ids.Count == 0 ? $"No actor called “{Target}”." : $"“{Target}” matches {ids.Count} actors; use the full name.");
        else if (targetId == source.Id) ModelState.AddModelError(nameof(Target), "An actor cannot be merged into itself.");
        if (!ModelState.IsValid) return Page();

        var target = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().FirstAsync(a => a.Id == targetId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Statements.Where(s => s.SpeakerId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, target.Id), ct);
        var summitIds = await db.SummitParticipants.Where(p => p.ActorId == source.Id).Select(p => p.SummitId).ToListAsync(ct);
        var already = await db.SummitParticipants.Where(p => p.ActorId == target.Id && summitIds.Contains(p.SummitId)).Select(p => p.SummitId).ToListAsync(ct);
        await db.SummitParticipants.Where(p => p.ActorId == source.Id).ExecuteDeleteAsync(ct);
        db.SummitParticipants.AddRange(summitIds.Except(already).Select(s => new SummitParticipant { SummitId = s, ActorId = target.Id }));
        foreach (var alias in source.Aliases.ToList())
        {
            source.Aliases.Remove(alias);
            if (target.Aliases.All(a => a.Normalized != alias.Normalized))
                target.Aliases.Add(new ActorAlias { Text = alias.Text, Normalized = alias.Normalized });
        }
        foreach (var role in source.Roles.ToList())
        {
            source.Roles.Remove(role);
            if (!target.Roles.Any(r => r.Title == role.Title && r.FromDate == role.FromDate && r.ToDate == role.ToDate))
                target.Roles.Add(new ActorRole { Title = role.Title, Organisation = role.Organisation, FromDate = role.FromDate, ToDate = role.ToDate });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        source.MergedIntoId = target.Id;
        source.EditedUtc = now;
        source.Review = ReviewState.Accepted;
        target.EditedUtc = now;
        var record = new { Merged = source.Name, MergedId = source.Id, Into = target.Name, IntoId = target.Id, Statements = moved, Summits = summitIds.Count };
        edits.Record(User, "Actor", source.Id, "merge", new { source.Name, source.Slug }, record);
        edits.Record(User, "Actor", target.Id, "merge", null, record);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        TempData["Message"] = $"Merged {source.Name} into {target.Name}: {moved} statement(s) and {summitIds.Count} summit(s) moved.";
        return Redirect($"/Actors/{target.Slug}");
    }
}
