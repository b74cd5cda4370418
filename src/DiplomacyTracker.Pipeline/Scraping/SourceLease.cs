using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// A time-limited claim on a source in the database, so two scrapers (the web app and `scrape --once`, or two
/// app instances) never work one source at once. Acquired with one conditional UPDATE — atomic in SQLite — and
/// expiring on its own if the holder dies.
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
}
