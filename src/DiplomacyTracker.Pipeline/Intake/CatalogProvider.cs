using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Intake;

/// <summary>
/// The actor catalog built from the store (reference, discovered and editor-made actors; merged and rejected ones left out),
/// cached until an edit, merge or discovery invalidates it.
/// </summary>
public sealed class CatalogProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a catalog marked stale by a discovery may still be used, so a scrape pass that discovers
    /// an actor in every article does not rebuild the alias index for every article.</summary>
    public static readonly TimeSpan StaleGrace = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ActorCatalog? _catalog;
    private long _loadedAtTicks;
    private volatile bool _stale;

    public async Task<ActorCatalog> GetAsync(CancellationToken ct = default)
    {
        if (_catalog is { } cached && !NeedsReload()) return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (_catalog is { } again && !NeedsReload()) return again;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            _stale = false;
            _catalog = await LoadAsync(db, ct);
            Interlocked.Exchange(ref _loadedAtTicks, clock.GetUtcNow().UtcTicks);
            return _catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>An editor changed actors: the next request rebuilds the catalog.</summary>
    public void Invalidate() => _catalog = null;

    /// <summary>The pipeline discovered actors: rebuild soon, but not for every article of a busy pass.</summary>
    public void MarkStale() => _stale = true;

    private bool NeedsReload() =>
        _stale && clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _loadedAtTicks) >= StaleGrace.Ticks;

    /// <summary>Reads every live actor with aliases and roles into a catalog.</summary>
    public static async Task<ActorCatalog> LoadAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.MergedIntoId == null)
            .Where(a => a.Review != ReviewState.Rejected) // an editor rejected it in Review: "not an actor"
            .Select(a => new
            {
                a.Id, a.ReferenceId, a.Slug, a.Name, a.Kind, a.Country, a.Surname,
                Aliases = a.Aliases.Select(x => x.Text).ToList(),
                Roles = a.Roles.Select(r => new CatalogRole(r.Title, r.Organisation, r.FromDate, r.ToDate)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return new ActorCatalog(actors.Select(a => new CatalogActor(
            KeyFor(a.ReferenceId, a.Slug), a.Id, a.Name, a.Kind, a.Country, a.Surname, a.Aliases, a.Roles)));
    }

    /// <summary>The catalog key of a stored actor: its reference id, else "store:" + slug.</summary>
    public static string KeyFor(string? referenceId, string slug) => referenceId ?? "store:" + slug;
}
