using DiplomacyTracker.Data;
using DiplomacyTracker.Scraping;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`scrape [--once]`: one pass over the due sources, or passes until Ctrl+C. Safe next to the web app (sources are leased).</summary>
internal sealed class ScrapeCommand(DatabaseInitializer initializer, SourceSeeder seeder, ScrapePass pass,
    IOptions<ScraperOptions> options, TimeProvider clock) : ICliCommand
{
    public string Name => "scrape";

    public string Usage => "scrape [--once]            scrape due sources once, or keep scraping until Ctrl+C";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        var seeded = await seeder.SeedAsync(cancellationToken);
        if (seeded > 0) Console.WriteLine($"Seeded {seeded} sources.");
        var once = args.Has("once");
        var anyFailed = false;
        try
        {
            do
            {
                var results = await pass.RunAsync(cancellationToken);
                if (results.Count == 0) Console.WriteLine("No source is due.");
                foreach (var r in results)
                {
                    Console.WriteLine($"{r.Name}: {r.Outcome} — {r.NewItems} new, {r.Stored} stored, {r.Duplicates} duplicate, {r.Irrelevant} irrelevant, {r.Failed} failed, {r.Skipped} skipped");
                    anyFailed |= !r.Succeeded;
                }
                if (!once) await Task.Delay(TimeSpan.FromSeconds(Math.Max(5, options.Value.PassIntervalSeconds)), clock, cancellationToken);
            }
            while (!once);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.WriteLine("Stopped.");
            return 0;
        }
        return anyFailed ? 1 : 0;
    }
}
