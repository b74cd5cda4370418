using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data;

/// <summary>
/// Makes the "is it already stored? then store it" step of saving an article one writer at a time on every provider.
/// SQLite's BEGIN IMMEDIATE already admits one writer; PostgreSQL's read-committed transactions would let two
/// instances both find no copy and both store the article (a feed and a site listing carrying the same story), so
/// there the transaction takes an advisory lock that it holds until it commits or rolls back.
/// </summary>
public static class ArticleWriteLock
{
    private const long Key = 0x44545F4152544943; // "DT_ARTIC"

    public static async Task EnterAsync(TrackerDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", ct);
    }
}
