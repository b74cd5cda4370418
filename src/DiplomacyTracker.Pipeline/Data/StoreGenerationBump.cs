using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Data;

/// <summary>
/// Moves the store's change number (<see cref="Entities.StoreGeneration"/>) after every save that wrote rows, once it is
/// committed, from every program on the store (web instances, the CLI): another instance reads the number every few
/// seconds and drops its in-memory reading caches when it moved. After the commit, not inside the saving transaction:
/// the one row would be locked from the save to its commit, queueing every writer on PostgreSQL behind the slowest; and
/// an instance that reads the new number is sure to see the change. Lost only when the process dies between its commit
/// and the bump; the caches' maximum age covers that.
/// </summary>
public sealed class StoreGenerationBump : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly StoreGenerationBump Instance = new();

    /// <summary>The same statement on SQLite (3.24+) and PostgreSQL; makes the row when it is missing.</summary>
    private const string BumpSql = """
        INSERT INTO "StoreGenerations" ("Id", "Value") VALUES (1, 1)
        ON CONFLICT ("Id") DO UPDATE SET "Value" = "StoreGenerations"."Value" + 1
        """;

    /// <summary>Transactions a save wrote in: bumped when they commit (weak: a rolled-back one drops out).</summary>
    private static readonly ConditionalWeakTable<DbTransaction, object> Written = [];

    private StoreGenerationBump() { }

    /// <summary>The store's change number now (0 before the first save).</summary>
    public static async Task<long> ReadAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Value\" FROM \"StoreGenerations\" WHERE \"Id\" = 1";
        return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is { } db && !InTransaction(db)) Bump(db);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0 && eventData.Context is { } db && !InTransaction(db)) await BumpAsync(db);
        return result;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Written.Remove(transaction) && eventData.Context is { } db) Bump(db);
    }

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken) =>
        Written.Remove(transaction) && eventData.Context is { } db ? BumpAsync(db) : Task.CompletedTask;

    /// <summary>A save inside an open transaction is remembered and bumped at its commit (false); otherwise it is committed already.</summary>
    private static bool InTransaction(DbContext db)
    {
        if (db.Database.CurrentTransaction?.GetDbTransaction() is not { } open) return false;
        Written.AddOrUpdate(open, Written);
        return true;
    }

    // The save is committed: a failed bump is logged, never thrown (the caller would take its saved work for lost),
    // and never cancelled with the request that saved.
    private static void Bump(DbContext db)
    {
        try
        {
            db.Database.OpenConnection();
            try
            {
                using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = BumpSql;
                command.ExecuteNonQuery();
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }
        catch (DbException e)
        {
            Failed(db, e);
        }
    }

    private static async Task BumpAsync(DbContext db)
    {
        try
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = BumpSql;
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (DbException e)
        {
            Failed(db, e);
        }
    }

    private static void Failed(DbContext db, DbException e) =>
        db.GetService<IDiagnosticsLogger<DbLoggerCategory.Database>>().Logger.LogWarning(e,
            "Store generation not moved after a save ({Error}): other instances see the change when their caches expire", e.Message);
}
