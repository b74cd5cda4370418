using DiplomacyTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Data;

/// <summary>
/// SQLite's history starts with five hand-written migrations and an empty baseline; the migrations made by
/// <c>dotnet ef</c> after it are computed against the model snapshot. So the migrated schema must be exactly what the
/// model describes: this comparison is the one guard that the hand-written part matches the snapshot (PostgreSQL's
/// migrations are all generated, and <see cref="PendingModelChangesTests"/> covers both).
/// </summary>
public class MigrationSchemaTests
{
    [Fact]
    public async Task Migrated_schema_matches_the_model()
    {
        using var migrated = new TestDatabase();
        using var created = new TestDatabase();
        await using (var db = migrated.CreateContext()) await db.Database.MigrateAsync();
        await using (var db = created.CreateContext()) await db.Database.EnsureCreatedAsync();

        var fromMigrations = DescribeSchema(migrated.ConnectionString);
        var fromModel = DescribeSchema(created.ConnectionString);

        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel.Keys.Order(), fromMigrations.Keys.Order());
        foreach (var (table, description) in fromModel)
            Assert.Equal(description, fromMigrations[table]);
    }

    [Fact]
    public async Task Migrations_leave_no_pending_model_change_and_run_twice_safely()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Connections_use_wal_and_foreign_keys()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal("1", Scalar(connection, "PRAGMA foreign_keys"));
    }

    private static string Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>Per user table: its columns, indexes (with their columns) and foreign keys, as comparable text.</summary>
    internal static Dictionary<string, string> DescribeSchema(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = Rows(connection, "SELECT name, sql FROM sqlite_master WHERE type='table'")
            .Where(r => !IsInternal(r[0], r[1]))
            .Select(r => r[0]).ToList();
        var shadowPrefixes = Rows(connection, "SELECT name, sql FROM sqlite_master WHERE type='table'")
            .Where(r => r[1].Contains("VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase)).Select(r => r[0] + "_").ToList();
        tables.RemoveAll(t => shadowPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)));

        var result = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            var columns = Rows(connection, $"PRAGMA table_info(\"{table}\")")
                .Select(r => $"{r[1]} {r[2]} notnull={r[3]} default={r[4]} pk={r[5]}").Order();
            var indexes = Rows(connection, $"PRAGMA index_list(\"{table}\")")
                .Select(r => $"{r[1]} unique={r[2]} origin={r[3]} partial={r[4]} cols=" +
                             string.Join(",", Rows(connection, $"PRAGMA index_info(\"{r[1]}\")").Select(c => c[2])))
                .Order();
            var keys = Rows(connection, $"PRAGMA foreign_key_list(\"{table}\")")
                .Select(r => $"{r[2]}.{r[4]} from {r[3]} on_update={r[5]} on_delete={r[6]}").Order();
            result[table] = string.Join("\n", columns.Concat(indexes).Concat(keys));
        }
        return result;
    }

    private static bool IsInternal(string name, string sql) =>
        name.StartsWith("sqlite_", StringComparison.Ordinal) || name == "__EFMigrationsHistory" || name == "__EFMigrationsLock"
        || sql.Contains("VIRTUAL TABLE", StringComparison.OrdinalIgnoreCase);

    private static List<string[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
