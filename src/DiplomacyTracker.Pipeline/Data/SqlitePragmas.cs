using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Data;

/// <summary>
/// Puts every connection in WAL mode with a busy timeout and foreign keys on, so the web app and the CLI can share the
/// file; for the read path, a 16 MB page cache per connection (the default 2 MB holds too little of the FTS indexes
/// and the date index at 1M statements) and temporary b-trees in memory (FTS match sets, sorts). No mmap: its pages
/// would count against the app's resident memory.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
