using System.Globalization;
using DiplomacyTracker.Data;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`sources list`: every source with its status, counts, last error and next check.</summary>
internal sealed class SourcesListCommand(CliConsole console, DatabaseInitializer initializer, SourceSeeder seeder, SourceRegistry registry) : ICliCommand
{
    public string Name => "sources list";

    public string Usage => "sources list               show sources, their health and schedule";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken);
        var sources = await registry.ListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            console.Out.WriteLine("No sources. Add one with: sources add <url>");
            return 0;
        }
        foreach (var s in sources)
        {
            console.Out.WriteLine($"[{s.Id}] {s.Name} — {s.Status}");
            console.Out.WriteLine($"     {s.Kind} {s.Url} every {s.IntervalMinutes} min ({s.TimeZone})");
            console.Out.WriteLine($"     last attempt {Format(s.LastAttemptUtc)}, last success {Format(s.LastSuccessUtc)}, next check {Format(s.NextCheckUtc)}{(s.ScrapeRequested ? " (scrape requested)" : "")}");
            console.Out.WriteLine($"     items: {s.ItemsSeen} seen, {s.ItemsNew} new, {s.ItemsDuplicate} duplicate, {s.ItemsIrrelevant} irrelevant, {s.ItemsFailed} failed");
            if (s.LastError is not null) console.Out.WriteLine($"     last error: {s.LastError}");
        }
        return 0;
    }

    private static string Format(DateTime? utc) =>
        utc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
}
