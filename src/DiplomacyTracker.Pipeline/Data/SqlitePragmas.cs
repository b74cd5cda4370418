using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Data;

/// <summary>
/// Puts every connection in WAL mode with a busy timeout and foreign keys on, so the web app and the CLI can share the
/// file; for the read path, a 16 MB page cache per connection (the default 2 MB holds too little of the FTS indexes
/// and the date index at 1M statements) and temporary b-trees in memory (FTS match sets, sorts). No mmap: its pages
/// would count against the app's resident memory. The settings belong to the native connection, which the pool keeps
/// open between uses, so they are applied once per native connection, not on every open (EF opens and closes the
/// connection around each query: a page of six queries used to run thirty-six pragmas). A read-only connection (EF
/// opens one to ask whether the file exists) leaves the journal mode alone: switching a file that is not yet in WAL
/// mode (a backup made by VACUUM INTO, copied into place) is a write, which it may not do.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Wal = "PRAGMA journal_mode=WAL; ";
    private const string Pragmas = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY;";

    /// <summary>Native connections already configured (weak: a handle the pool closes drops out).</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstUse(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstUse(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = For(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string For(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Pragmas : Wal + Pragmas;

    private static bool FirstUse(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle }) return true;
        var first = false;
        Configured.GetValue(handle, _ => { first = true; return new object(); });
        return first;
    }
}
