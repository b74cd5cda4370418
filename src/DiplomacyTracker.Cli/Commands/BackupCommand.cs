using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`backup`: a consistent copy of the live database (VACUUM INTO), safe while the app runs.</summary>
/// <remarks>
/// On PostgreSQL the server's own tool does this: the command says so and names it.
/// </remarks>
internal sealed class BackupCommand(CliConsole console, DatabaseInitializer database, TrackerDbContext db, StoreSettings store) : ICliCommand
{
    public string Name => "backup";
    public string Usage => "backup <file>   consistent copy of the live database, safe while the app runs";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (!store.IsSqlite)
            throw new CliException("backup copies a SQLite store; this store is on PostgreSQL: use pg_dump " +
                "(e.g. pg_dump --format=custom --file=tracker.dump \"<connection URI>\", back with pg_restore), or `export --json`");
        if (args.Positionals.Count != 1) throw new CliException("backup takes one target file");
        var target = Path.GetFullPath(args.Positionals[0]);
        if (File.Exists(target)) throw new CliException($"{target} exists; choose a new file");
        if (Directory.Exists(target)) throw new CliException($"{target} is a folder; give the name of a new file in it");
        if (!Directory.Exists(Path.GetDirectoryName(target))) throw new CliException($"no such folder: {Path.GetDirectoryName(target)}");
        await database.InitializeAsync(ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [target], ct);
        console.Out.WriteLine($"backed up to {target} ({new FileInfo(target).Length / 1024} KiB)");
        return 0;
    }
}
