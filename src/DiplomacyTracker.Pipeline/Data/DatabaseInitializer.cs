using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Data;

/// <summary>Brings the database to the current schema (hand-written migrations) and loads the curated reference data.</summary>
public sealed class DatabaseInitializer(TrackerDbContext db, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        var seeded = await new ReferenceSeeder(db, clock).SeedAsync(cancellationToken);
        if (seeded.Changed > 0)
            logger.LogInformation("Reference data: {Added} added, {Updated} updated, {Kept} kept as editors left them", seeded.Added, seeded.Updated, seeded.Kept);
    }
}
