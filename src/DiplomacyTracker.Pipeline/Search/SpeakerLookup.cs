using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Search;

/// <summary>A name suggestion for the speaker box: the spelling that matched and the actor it belongs to.</summary>
public sealed record SpeakerSuggestion(string Alias, string Name, string Slug, string? Country);

/// <summary>
/// Finds actors by any spelling (canonical name, romanizations, Hangul) through ActorAlias.Normalized, so
/// "이재명", "lee jae-myung" and "Lee Jae Myung" all find the same official. Merged actors resolve to their target.
/// </summary>
public sealed class SpeakerLookup(TrackerDbContext db)
{
    /// <summary>Exact spelling (or slug) first; else every actor with a spelling starting with the text.</summary>
    public async Task<IReadOnlyList<int>> FindActorIdsAsync(string text, CancellationToken ct = default)
    {
        var normalized = ActorCatalog.NormalizeName(text);
        if (normalized.Length == 0) return [];
        var slug = text.Trim();
        var ids = await db.ActorAliases.Where(a => a.Normalized == normalized).Select(a => a.ActorId)
            .Union(db.Actors.Where(a => a.Slug == slug).Select(a => a.Id)).ToListAsync(ct);
        if (ids.Count == 0)
            ids = await db.ActorAliases.Where(a => a.Normalized.StartsWith(normalized)).Select(a => a.ActorId).Distinct().Take(50).ToListAsync(ct);
        var targets = await db.Actors.Where(a => ids.Contains(a.Id))
            .Select(a => a.MergedIntoId ?? a.Id).Distinct().ToListAsync(ct);
        return targets;
    }

    public async Task<IReadOnlyList<SpeakerSuggestion>> SuggestAsync(string term, int max, CancellationToken ct = default)
    {
        var normalized = ActorCatalog.NormalizeName(term);
        if (normalized.Length == 0) return [];
        var rows = await db.ActorAliases
            .Where(a => a.Normalized.StartsWith(normalized) && a.Actor!.MergedIntoId == null)
            .OrderBy(a => a.Normalized.Length).ThenBy(a => a.Normalized)
            .Select(a => new SpeakerSuggestion(a.Text, a.Actor!.Name, a.Actor.Slug, a.Actor.Country))
            .Take(max * 3).ToListAsync(ct);
        return rows.DistinctBy(r => r.Slug).Take(max).ToList();
    }
}
