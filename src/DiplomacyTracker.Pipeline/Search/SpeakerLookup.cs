using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Search;

/// <summary>A name suggestion for the speaker box: the spelling that matched and the actor it belongs to.</summary>
public sealed record SpeakerSuggestion(string Alias, string Name, string Slug, string? Country);

/// <summary>An actor a typed name may mean.</summary>
public sealed record SpeakerCandidate(int Id, string Name, string Slug, string? Country);

/// <summary>
/// What a typed name means: <see cref="Exact"/> when a spelling (or the slug) matched as typed, else the actors having a
/// spelling that starts with it. One actor is an answer; several are a question ("did you mean …").
/// </summary>
public sealed record SpeakerMatch(IReadOnlyList<SpeakerCandidate> Actors, bool Exact)
{
    public SpeakerCandidate? Single => Actors.Count == 1 ? Actors[0] : null;
}

/// <summary>
/// Finds actors by any spelling (canonical name, romanizations, Hangul) through ActorAlias.Normalized, so
/// "이재명", "lee jae-myung" and "Lee Jae Myung" all find the same official. Merged actors resolve to their target;
/// actors an editor rejected ("not an actor") are never found.
/// </summary>
public sealed class SpeakerLookup(TrackerDbContext db)
{
    public const int MaxCandidates = 50;

    /// <summary>Exact spelling (or slug) first; else every actor with a spelling starting with the text.</summary>
    public async Task<IReadOnlyList<int>> FindActorIdsAsync(string text, CancellationToken ct = default) =>
        (await MatchAsync(text, ct)).Actors.Select(a => a.Id).ToList();

    /// <summary>The slug as typed, else exact spellings, else spellings starting with the text (at most <see cref="MaxCandidates"/> actors).</summary>
    public async Task<SpeakerMatch> MatchAsync(string text, CancellationToken ct = default)
    {
        var normalized = ActorCatalog.NormalizeName(text);
        if (normalized.Length == 0) return new SpeakerMatch([], false);
        var slug = text.Trim();
        var bySlug = await db.Actors.Where(a => a.Slug == slug).Select(a => a.Id).ToListAsync(ct);
        var found = await LiveAsync(bySlug, ct);
        if (found.Count > 0) return new SpeakerMatch(found, true);
        var ids = await db.ActorAliases.Where(a => a.Normalized == normalized).Select(a => a.ActorId).Distinct().ToListAsync(ct);
        found = await LiveAsync(ids, ct);
        if (found.Count > 0) return new SpeakerMatch(found, true);
        ids = await db.ActorAliases.Where(a => a.Normalized.StartsWith(normalized) && a.Actor!.Review != ReviewState.Rejected)
            .Select(a => a.ActorId).Distinct().Take(MaxCandidates * 2).ToListAsync(ct);
        var prefix = await LiveAsync(ids, ct);
        return new SpeakerMatch(prefix.Take(MaxCandidates).ToList(), false);
    }

    /// <summary>The actors behind <paramref name="ids"/> after following merges, rejected ones left out, by name.</summary>
    private async Task<List<SpeakerCandidate>> LiveAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var targets = await db.Actors.Where(a => ids.Contains(a.Id)).Select(a => a.MergedIntoId ?? a.Id).Distinct().ToListAsync(ct);
        return await db.Actors.AsNoTracking().Where(a => targets.Contains(a.Id) && a.MergedIntoId == null && a.Review != ReviewState.Rejected)
            .OrderBy(a => a.Name).Select(a => new SpeakerCandidate(a.Id, a.Name, a.Slug, a.Country)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SpeakerSuggestion>> SuggestAsync(string term, int max, CancellationToken ct = default)
    {
        var normalized = ActorCatalog.NormalizeName(term);
        if (normalized.Length == 0) return [];
        var rows = await db.ActorAliases
            .Where(a => a.Normalized.StartsWith(normalized) && a.Actor!.MergedIntoId == null && a.Actor.Review != ReviewState.Rejected)
            .OrderBy(a => a.Normalized.Length).ThenBy(a => a.Normalized)
            .Select(a => new SpeakerSuggestion(a.Text, a.Actor!.Name, a.Actor.Slug, a.Actor.Country))
            .Take(max * 3).ToListAsync(ct);
        return rows.DistinctBy(r => r.Slug).Take(max).ToList();
    }
}
