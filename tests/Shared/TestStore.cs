using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DiplomacyTracker.Tests.Shared;

/// <summary>
/// Which provider the store tests run on. tests/run.sh runs the suite on SQLite, then the tests marked
/// <c>[Trait("Provider", "both")]</c> again with DT_TEST_PROVIDER=Postgres and DT_TEST_POSTGRES set to the
/// throwaway cluster that tests/postgres.sh started. Compiled into both test projects.
/// </summary>
public static class TestStore
{
    public const string Trait = "Provider";
    public const string Both = "both";

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("DT_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DT_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("DT_TEST_PROVIDER=Postgres needs DT_TEST_POSTGRES: the connection string `bash tests/postgres.sh start` prints");
}

/// <summary>
/// A fresh PostgreSQL database for one test (or fixture), copied from a template that is migrated once per schema
/// (CREATE DATABASE … TEMPLATE takes ~0.1 s, migrating ~2 s), dropped at the end. Empty like a new SQLite file: the
/// app (or the test) seeds the reference data.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static string? _template;

    public PostgresTestDatabase()
    {
        var template = EnsureTemplate();
        Name = "dt_t_" + Guid.NewGuid().ToString("N")[..16];
        Execute(TestStore.PostgresServer, $"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(TestStore.PostgresServer) { Database = Name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public StoreSettings Settings => new(StoreProvider.Postgres, ConnectionString);

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        try { Execute(TestStore.PostgresServer, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)"); }
        catch (NpgsqlException) { } // the throwaway cluster goes at the end of the run anyway
    }

    /// <summary>The template for the current migrations: named by them, so a schema change makes a new one.</summary>
    private static string EnsureTemplate()
    {
        if (_template is { } known) return known;
        TemplateGate.Wait();
        try
        {
            if (_template is { } made) return made;
            var options = new DbContextOptionsBuilder<TrackerDbContext>();
            StoreRegistration.Configure(options, new StoreSettings(StoreProvider.Postgres, TestStore.PostgresServer));
            string[] migrations;
            using (var probe = new TrackerDbContext(options.Options)) migrations = probe.Database.GetMigrations().ToArray();
            var name = "dt_tpl_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Join(",", migrations) + typeof(TrackerDbContext).Assembly.ManifestModule.ModuleVersionId)))[..16].ToLowerInvariant();

            using var server = new NpgsqlConnection(TestStore.PostgresServer);
            server.Open();
            // Test processes run side by side: one makes the template, the others wait for it.
            using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(81120)", server)) lockCommand.ExecuteNonQuery();
            try
            {
                using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n AND datistemplate", server);
                exists.Parameters.AddWithValue("n", name);
                if (Convert.ToInt32(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    Execute(TestStore.PostgresServer, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    Execute(TestStore.PostgresServer, $"CREATE DATABASE \"{name}\"");
                    var cs = new NpgsqlConnectionStringBuilder(TestStore.PostgresServer) { Database = name, Pooling = false }.ConnectionString;
                    var templateOptions = new DbContextOptionsBuilder<TrackerDbContext>();
                    StoreRegistration.Configure(templateOptions, new StoreSettings(StoreProvider.Postgres, cs));
                    using (var db = new TrackerDbContext(templateOptions.Options))
                        db.Database.Migrate();
                    Execute(TestStore.PostgresServer, $"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true");
                }
            }
            finally
            {
                using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(81120)", server);
                unlock.ExecuteNonQuery();
            }
            return _template = name;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that needs PostgreSQL itself (not a provider-neutral store test): skipped on the SQLite pass.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestStore.IsPostgres) Skip = "needs PostgreSQL: runs on the PostgreSQL pass of tests/run.sh";
    }
}
