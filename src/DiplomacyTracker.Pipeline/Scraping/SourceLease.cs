using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// A time-limited claim on a source in the database, so two scrapers (the web app and `scrape --once`, or two
/// app instances) never work one source at once. Acquired with one conditional UPDATE — atomic in SQLite — and
/// expiring on its own if the holder dies. A holder on this host that is gone (killed, crashed) is noticed at once by
/// <see cref="ReclaimDeadAsync"/> (see <see cref="LeaseOwner"/>).
/// </summary>
public static class SourceLease
{
    public static async Task<bool> TryAcquireAsync(TrackerDbContext db, int sourceId, string owner, DateTime nowUtc, DateTime untilUtc, CancellationToken ct) =>
        await db.Sources
            .Where(s => s.Id == sourceId && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < nowUtc))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, owner).SetProperty(s => s.LeaseUntilUtc, untilUtc), ct)
            .ConfigureAwait(false) == 1;

    public static Task<int> ReleaseAsync(TrackerDbContext db, int sourceId, string owner, CancellationToken ct) =>
        db.Sources
            .Where(s => s.Id == sourceId && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseUntilUtc, (DateTime?)null), ct);

    /// <summary>
    /// Frees the leases whose holder ran on <paramref name="host"/> and is gone, so a restart after a crash scrapes at once.
    /// Returns the sources freed. Each is freed only if the same dead holder still has it (one conditional UPDATE).
    /// </summary>
    public static async Task<IReadOnlyList<int>> ReclaimDeadAsync(TrackerDbContext db, string host, Func<int, LeaseOwner.ProcessSeen> lookup, CancellationToken ct)
    {
        var held = await db.Sources.AsNoTracking().Where(s => s.LeaseOwner != null)
            .Select(s => new { s.Id, s.LeaseOwner }).ToListAsync(ct).ConfigureAwait(false);
        var freed = new List<int>();
        foreach (var lease in held)
        {
            if (LeaseOwner.Parse(lease.LeaseOwner) is not { } owner || !owner.IsDeadOn(host, lookup)) continue;
            if (await ReleaseAsync(db, lease.Id, lease.LeaseOwner!, ct).ConfigureAwait(false) == 1) freed.Add(lease.Id);
        }
        return freed;
    }
}
