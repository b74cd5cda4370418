using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The role a speaker held on the day they spoke (ActorRole FromDate/ToDate against the statement's KST day).</summary>
public sealed class RoleLookup
{
    private readonly IReadOnlyDictionary<int, List<CatalogRole>> _roles;

    private RoleLookup(IReadOnlyDictionary<int, List<CatalogRole>> roles) => _roles = roles;

    /// <summary>Over every actor's roles, already loaded (<see cref="ReadingSnapshot"/>).</summary>
    public static RoleLookup Of(IReadOnlyDictionary<int, List<CatalogRole>> roles) => new(roles);

    public static async Task<RoleLookup> LoadAsync(TrackerDbContext db, IEnumerable<int?> actorIds, CancellationToken ct)
    {
        var ids = actorIds.OfType<int>().Distinct().ToList();
        var rows = ids.Count == 0 ? [] : await db.ActorRoles.AsNoTracking().Where(r => ids.Contains(r.ActorId))
            .Select(r => new { r.ActorId, r.Title, r.Organisation, r.FromDate, r.ToDate }).ToListAsync(ct);
        return new RoleLookup(rows.GroupBy(r => r.ActorId).ToDictionary(g => g.Key,
            g => g.Select(r => new CatalogRole(r.Title, r.Organisation, r.FromDate, r.ToDate)).ToList()));
    }

    /// <summary>"President of South Korea" on that day, or null when unknown (no date, or no role covering it).</summary>
    public string? On(int? actorId, FuzzyDate? date)
    {
        if (actorId is not { } id || date is not { } d || !_roles.TryGetValue(id, out var roles)) return null;
        var day = Display.KstDay(d.EarliestUtc);
        return roles.Where(r => r.HeldOn(day)).OrderByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault()?.Title;
    }
}
