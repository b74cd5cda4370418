using System.Diagnostics;
using System.Globalization;
using DiplomacyTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DiplomacyTracker.Bench.Web;

/// <summary>
/// Copies a generated SQLite data set into a fresh, migrated PostgreSQL database (binary COPY, search indexes built
/// after the load), so both providers are measured on the same rows with the same queries.
/// </summary>
internal static class PostgresCopy
{
    private static readonly string[] SearchIndexes =
    [
        """CREATE INDEX "IX_Statements_SearchWords" ON "Statements" USING gin ("SearchWords")""",
        """CREATE INDEX "IX_Statements_Text_trgm" ON "Statements" USING gin ("Text" gin_trgm_ops)""",
        """CREATE INDEX "IX_Statements_SpeakerText_trgm" ON "Statements" USING gin ("SpeakerText" gin_trgm_ops)""",
    ];

    public static async Task CopyAsync(string sqlitePath, string postgres)
    {
        var clock = Stopwatch.StartNew();
        var target = new NpgsqlConnectionStringBuilder(postgres);
        var admin = new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false };
        await using (var server = new NpgsqlConnection(admin.ConnectionString))
        {
            await server.OpenAsync();
            await Exec(server, $"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)");
            await Exec(server, $"CREATE DATABASE \"{target.Database}\"");
        }
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, new StoreSettings(StoreProvider.Postgres, postgres));
        await using (var db = new TrackerDbContext(options.Options)) await db.Database.MigrateAsync();

        await using var pg = new NpgsqlConnection(postgres);
        await pg.OpenAsync();
        foreach (var name in new[] { "IX_Statements_SearchWords", "IX_Statements_Text_trgm", "IX_Statements_SpeakerText_trgm" })
            await Exec(pg, $"DROP INDEX \"{name}\"");
        await Exec(pg, "SET session_replication_role = replica"); // foreign keys are checked by the source; load in any order
        await using var sqlite = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly");
        await sqlite.OpenAsync();
        var rows = 0L;
        foreach (var table in new[] { "Actors", "ActorAliases", "ActorRoles", "Articles", "Statements", "Summits", "SummitParticipants", "SummitEvidence" })
            rows += await CopyTableAsync(sqlite, pg, table);
        await Exec(pg, "SET session_replication_role = origin");
        foreach (var sql in SearchIndexes) await Exec(pg, sql);
        await using (var db = new TrackerDbContext(options.Options)) await PostgresSequences.AdvancePastExplicitIdsAsync(db, CancellationToken.None);
        await Exec(pg, "VACUUM ANALYZE");
        Console.WriteLine($"copied {rows:N0} rows into PostgreSQL database {target.Database} in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection pg, string table)
    {
        var types = new Dictionary<string, string>();
        await using (var command = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = @t AND is_generated = 'NEVER'", pg))
        {
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) types[reader.GetString(0)] = reader.GetString(1);
        }
        await using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        await using var rows = await select.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, rows.FieldCount).Select(rows.GetName).Where(types.ContainsKey).ToList();
        var ordinals = columns.Select(rows.GetOrdinal).ToList();
        await using var writer = await pg.BeginBinaryImportAsync($"COPY \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        long n = 0;
        while (await rows.ReadAsync())
        {
            await writer.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(ordinals[i])) { await writer.WriteNullAsync(); continue; }
                var value = rows.GetValue(ordinals[i]);
                switch (types[columns[i]])
                {
                    case "timestamp with time zone": await writer.WriteAsync(StoredInstants.Read(value)!.Value, NpgsqlDbType.TimestampTz); break;
                    case "boolean": await writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean); break;
                    case "integer": await writer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
                    case "double precision": await writer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double); break;
                    case "date": await writer.WriteAsync(DateOnly.Parse((string)value, CultureInfo.InvariantCulture), NpgsqlDbType.Date); break;
                    case "bytea": await writer.WriteAsync((byte[])value, NpgsqlDbType.Bytea); break;
                    default: await writer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text); break;
                }
            }
            n++;
        }
        await writer.CompleteAsync();
        return n;
    }

    private static async Task Exec(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
