using System.Text.Json;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Export;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`export --json`: everything stored, as one JSON document on stdout.</summary>
internal sealed class ExportCommand(CliConsole console, DatabaseInitializer database, StoreExporter exporter) : ICliCommand
{
    public string Name => "export";
    public string Usage => "export --json   everything stored, as one JSON document (formatVersion " + ExportDocument.CurrentVersion + ") on stdout";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (!args.Has("json")) throw new CliException("export writes JSON: run 'export --json'");
        await database.InitializeAsync(ct);
        var document = await exporter.ExportAsync(ct);
        await using var stdout = console.OpenOutput();
        await JsonSerializer.SerializeAsync(stdout, document, StoreExporter.Json, ct);
        await stdout.WriteAsync("\n"u8.ToArray(), ct);
        return 0;
    }
}
