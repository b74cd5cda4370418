using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data;

/// <summary>
/// After rows were inserted with their ids given (restore keeps every id so links survive), PostgreSQL's identity
/// sequences still start at 1 and the next insert would collide: move each past its table's highest id. SQLite's
/// AUTOINCREMENT follows explicit ids by itself.
/// </summary>
public static class PostgresSequences
{
    public static async Task AdvancePastExplicitIdsAsync(TrackerDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var key = entity.FindPrimaryKey();
            if (key is not { Properties: [{ ClrType: var type, ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd } id] }
                || (type != typeof(int) && type != typeof(long)) || entity.GetTableName() is not { } table)
                continue;
            var column = id.GetColumnName();
            // Table and column names come from the model, not from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)", ct);
#pragma warning restore EF1002
        }
    }
}
