using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`reanalyze`: extraction and analysis again from the stored snapshots, merged in without overwriting editors'
/// corrections; an article that fails is reported and the others go on.</summary>
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
        var failed = 0;
        var progress = new CliProgress(console, "reanalyze", ids.Count);
        foreach (var id in ids)
        {
            try
            {
                await store.ReanalyzeAsync(id, ct);
                done++;
                progress.Step($"{done} done");
            }
            catch (KeyNotFoundException) when (!args.Has("all"))
            {
                throw new CliException($"no article {id}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One article that cannot be analysed never stops the others; it keeps what it had (one transaction each).
                console.Error.WriteLine($"error: article {id}: {e.GetBaseException().Message}");
                failed++;
                progress.Step($"{done} done, {failed} failed");
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        console.Out.WriteLine($"re-analysed {done} article(s)" + (failed > 0 ? $", {failed} failed" : ""));
        return failed == 0 ? 0 : 1;
    }
}
