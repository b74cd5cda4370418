using System.Security.Claims;
using System.Text.Json;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>
/// Merges one actor into another and undoes it. A merge moves statements, summit seats, spellings and roles, leaves the
/// merged actor as a tombstone (MergedIntoId) and writes into its edit record exactly what moved, which is what undo
/// puts back: the same statements and seats return, spellings and roles the merge added to the target leave it.
/// </summary>
public sealed class ActorMerges(TrackerDbContext db, EditLog edits, CatalogProvider catalog, TimeProvider clock)
{
    public const string MergeAction = "merge";
    public const string UndoAction = "unmerge";

    /// <summary>What a merge moved, as kept in its edit record.</summary>
    public sealed record Moved(List<int> StatementIds, List<int> SummitIds, List<int> SummitsAlready, List<string> Aliases,
        List<string> AliasesAdded, List<MovedRole> Roles, string Review);

    public sealed record MovedRole(string Title, string? Organisation, DateOnly? From, DateOnly? To, bool Added);

    /// <summary>What the merge of <paramref name="source"/> into <paramref name="target"/> would move (for the confirmation).</summary>
    public async Task<(int Statements, int Summits)> PreviewAsync(int source, CancellationToken ct) =>
        (await db.Statements.CountAsync(s => s.SpeakerId == source, ct), await db.SummitParticipants.CountAsync(p => p.ActorId == source, ct));

    public async Task<Moved> MergeAsync(ClaimsPrincipal user, Actor source, Actor target, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var statements = await db.Statements.Where(s => s.SpeakerId == source.Id).Select(s => s.Id).ToListAsync(ct);
        await db.Statements.Where(s => s.SpeakerId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, target.Id), ct);
        var summitIds = await db.SummitParticipants.Where(p => p.ActorId == source.Id).Select(p => p.SummitId).ToListAsync(ct);
        var already = await db.SummitParticipants.Where(p => p.ActorId == target.Id && summitIds.Contains(p.SummitId)).Select(p => p.SummitId).ToListAsync(ct);
        await db.SummitParticipants.Where(p => p.ActorId == source.Id).ExecuteDeleteAsync(ct);
        db.SummitParticipants.AddRange(summitIds.Except(already).Select(s => new SummitParticipant { SummitId = s, ActorId = target.Id }));
        var aliases = source.Aliases.Select(a => a.Text).ToList();
        var added = new List<string>();
        foreach (var alias in source.Aliases.ToList())
        {
            source.Aliases.Remove(alias);
            if (target.Aliases.Any(a => a.Normalized == alias.Normalized)) continue;
            target.Aliases.Add(new ActorAlias { Text = alias.Text, Normalized = alias.Normalized });
            added.Add(alias.Text);
        }
        var roles = new List<MovedRole>();
        foreach (var role in source.Roles.ToList())
        {
            source.Roles.Remove(role);
            var add = !target.Roles.Any(r => r.Title == role.Title && r.FromDate == role.FromDate && r.ToDate == role.ToDate);
            if (add) target.Roles.Add(new ActorRole { Title = role.Title, Organisation = role.Organisation, FromDate = role.FromDate, ToDate = role.ToDate });
            roles.Add(new MovedRole(role.Title, role.Organisation, role.FromDate, role.ToDate, add));
        }
        var moved = new Moved(statements, summitIds, already, aliases, added, roles, source.Review.ToString());
        var now = clock.GetUtcNow().UtcDateTime;
        source.MergedIntoId = target.Id;
        source.EditedUtc = now;
        source.Review = ReviewState.Accepted;
        target.EditedUtc = now;
        var record = new { Merged = source.Name, MergedId = source.Id, Into = target.Name, IntoId = target.Id, Statements = statements.Count, Summits = summitIds.Count, Moved = moved };
        edits.Record(user, "Actor", source.Id, MergeAction, new { source.Name, source.Slug }, record);
        edits.Record(user, "Actor", target.Id, MergeAction, null, record);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        return moved;
    }

    /// <summary>Undoes the latest merge of <paramref name="sourceId"/>; the error to show when it cannot be undone.</summary>
    public async Task<(Actor? Source, string? Error)> UndoAsync(ClaimsPrincipal user, int sourceId, CancellationToken ct)
    {
        var source = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == sourceId, ct);
        if (source?.MergedIntoId is not { } targetId) return (source, "This actor is not merged into another.");
        var after = await db.EditRecords.Where(e => e.EntityType == "Actor" && e.EntityId == sourceId && e.Action == MergeAction)
            .OrderByDescending(e => e.Id).Select(e => e.After).FirstOrDefaultAsync(ct);
        var moved = after is null ? null : JsonDocument.Parse(after).RootElement.TryGetProperty(nameof(Moved), out var m) ? m.Deserialize<Moved>() : null;
        if (moved is null) return (source, "This merge was made before merges could be undone: correct the actors by hand.");
        var target = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().SingleAsync(a => a.Id == targetId, ct);
        if (target.MergedIntoId is not null) return (source, $"{target.Name} was itself merged into another actor since: undo that merge first.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var back = await db.Statements.Where(s => moved.StatementIds.Contains(s.Id) && s.SpeakerId == target.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, source.Id), ct);
        var seated = await db.SummitParticipants.Where(p => p.ActorId == source.Id).Select(p => p.SummitId).ToListAsync(ct);
        var existing = await db.Summits.Where(s => moved.SummitIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        db.SummitParticipants.AddRange(existing.Except(seated).Select(id => new SummitParticipant { SummitId = id, ActorId = source.Id }));
        var added = existing.Except(moved.SummitsAlready).ToList();
        await db.SummitParticipants.Where(p => p.ActorId == target.Id && added.Contains(p.SummitId)).ExecuteDeleteAsync(ct);
        target.Aliases.RemoveAll(a => moved.AliasesAdded.Contains(a.Text, StringComparer.Ordinal) && a.Text != target.Name);
        foreach (var text in moved.Aliases.Where(t => source.Aliases.All(a => a.Text != t)))
            source.Aliases.Add(new ActorAlias { Text = text, Normalized = DiplomacyTracker.Analysis.ActorCatalog.NormalizeName(text) });
        foreach (var role in moved.Roles)
        {
            if (role.Added) target.Roles.RemoveAll(r => r.Title == role.Title && r.FromDate == role.From && r.ToDate == role.To);
            source.Roles.Add(new ActorRole { Title = role.Title, Organisation = role.Organisation, FromDate = role.From, ToDate = role.To });
        }
        source.MergedIntoId = null;
        source.Review = Enum.TryParse<ReviewState>(moved.Review, out var review) ? review : ReviewState.Accepted;
        source.EditedUtc = target.EditedUtc = clock.GetUtcNow().UtcDateTime;
        var record = new { Unmerged = source.Name, UnmergedId = source.Id, From = target.Name, FromId = target.Id, Statements = back, Summits = existing.Count };
        edits.Record(user, "Actor", source.Id, UndoAction, null, record);
        edits.Record(user, "Actor", target.Id, UndoAction, null, record);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        return (source, null);
    }
}
