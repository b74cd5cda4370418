using DiplomacyTracker.Data;
using DiplomacyTracker.Scraping;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`scrape [--once] [--source ID | --all-now]`: one pass over the due sources, one source or every source
/// right now, or passes until Ctrl+C. Safe next to the web app (sources are leased).</summary>
internal sealed class ScrapeCommand(CliConsole console, DatabaseInitializer initializer, SourceSeeder seeder, ScrapePass pass,
    SourceRegistry registry, IOptions<ScraperOptions> options, TimeProvider clock) : ICliCommand
{
    public string Name => "scrape";

    public string Usage => "scrape [--once] [--source ID | --all-now]   scrape due sources once (--source: that one now; --all-now: every unpaused one now), or keep scraping until Ctrl+C";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        if (args.Has("source") && args.Has("all-now")) throw new CliException("give --source ID or --all-now, not both");
        int? only = args.Has("source")
            ? int.TryParse(args.Require("source"), out var id) && id > 0 ? id : throw new CliException($"--source expects a source id (see `sources list`), got '{args.Get("source")}'")
            : null;
        await initializer.InitializeAsync(cancellationToken);
        var seeded = await seeder.SeedAsync(cancellationToken);
        if (seeded > 0) console.Out.WriteLine($"Seeded {seeded} sources.");
        if (only is { } sourceId)
        {
            if (await registry.GetAsync(sourceId, cancellationToken) is null) throw new CliException($"no source with id {sourceId}: `sources list` shows them");
            if (await pass.RunSourceAsync(sourceId, cancellationToken) is not { } result)
            {
                console.Out.WriteLine($"Source {sourceId} is being scraped by another scraper (the web app?); try again when it is done.");
                return 1;
            }
            PrintLine(result);
            return Hint([result]) ? 1 : 0;
        }
        if (args.Has("all-now"))
            foreach (var source in (await registry.ListAsync(cancellationToken)).Where(s => !s.Paused))
                await registry.RequestScrapeAsync(source.Id, cancellationToken);
        var once = args.Has("once") || args.Has("all-now");
        var anyFailed = false;
        try
        {
            do
            {
                // Each source's line is printed as it finishes: a pass over many slow sites shows its progress.
                var results = await pass.RunAsync(cancellationToken, new PrintAsDone(this));
                if (results.Count == 0) console.Out.WriteLine("No source is due.");
                anyFailed |= Hint(results);
                if (!once) await Task.Delay(TimeSpan.FromSeconds(Math.Max(5, options.Value.PassIntervalSeconds)), clock, cancellationToken);
            }
            while (!once);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Out.WriteLine("Stopped.");
            return 0;
        }
        return anyFailed ? 1 : 0;
    }

    private void PrintLine(SourceRunSummary r)
    {
        lock (console.Out)
            console.Out.WriteLine($"{r.Name}: {r.Outcome} — {r.NewItems} new, {r.Stored} stored, {r.Duplicates} duplicate, {r.Irrelevant} irrelevant, {r.Failed} failed, {r.Skipped} skipped");
    }

    /// <summary>The offline hint when no source could be reached; true when a source failed.</summary>
    private bool Hint(IReadOnlyList<SourceRunSummary> results)
    {
        if (OfflineHint.For(results) is { } hint) console.Error.WriteLine($"hint: {hint}");
        return results.Any(r => !r.Succeeded);
    }

    /// <summary>Prints each source's line on the worker's thread, as it finishes (Progress&lt;T&gt; would post it later).</summary>
    private sealed class PrintAsDone(ScrapeCommand command) : IProgress<SourceRunSummary>
    {
        public void Report(SourceRunSummary value) => command.PrintLine(value);
    }
}
