using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`reanalyze`: extraction and analysis again from the stored snapshots, keeping editors' corrections.</summary>
internal sealed class ReanalyzeCommand(CliConsole console, DatabaseInitializer database, TrackerDbContext db, ArticleStore store) : ICliCommand
{
    public string Name => "reanalyze";
    public string Usage => "reanalyze [--all | <article-id>...]   re-run extraction and analysis from stored pages";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (!args.Has("all") && args.Positionals.Count == 0) throw new CliException("reanalyze needs --all or article ids");
        var ids = new List<int>();
        foreach (var p in args.Positionals)
            ids.Add(int.TryParse(p, out var id) && id > 0 ? id : throw new CliException($"'{p}' is not an article id"));
        await database.InitializeAsync(ct);
        if (args.Has("all")) ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var done = 0;
        var progress = new CliProgress(console, "reanalyze", ids.Count);
        foreach (var id in ids)
        {
            try
            {
                await store.ReanalyzeAsync(id, ct);
                db.ChangeTracker.Clear();
                done++;
                progress.Step($"{done} done");
            }
            catch (KeyNotFoundException)
            {
                throw new CliException($"no article {id}");
            }
        }
        console.Out.WriteLine($"re-analysed {done} article(s)");
        return 0;
    }
}
