using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Intake;

/// <summary>
/// The actor catalog built from the store (reference, discovered and editor-made actors, merged ones left out),
/// cached until an edit, merge or discovery invalidates it.
/// </summary>
public sealed class CatalogProvider(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile ActorCatalog? _catalog;

    public async Task<ActorCatalog> GetAsync(CancellationToken ct = default)
    {
        if (_catalog is { } cached) return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (_catalog is { } again) return again;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            _catalog = await LoadAsync(db, ct);
            return _catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _catalog = null;

    /// <summary>Reads every live actor with aliases and roles into a catalog.</summary>
    public static async Task<ActorCatalog> LoadAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.MergedIntoId == null)
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
