using System.Text.Json;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Export;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`restore`: loads an `export --json` document into an empty store.</summary>
internal sealed class RestoreCommand(CliConsole console, DatabaseInitializer database, StoreRestorer restorer) : ICliCommand
{
    public string Name => "restore";
    public string Usage => "restore <file.json>   load an export into an empty store";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (args.Positionals.Count != 1) throw new CliException("restore takes one export file");
        var path = args.Positionals[0];
        if (!File.Exists(path)) throw new CliException($"no such file: {path}");
        ExportDocument document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonSerializer.DeserializeAsync<ExportDocument>(stream, StoreExporter.Json, ct)
                ?? throw new CliException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new CliException($"{path} is not an export document: {e.Message}");
        }
        await database.InitializeAsync(ct);
        try
        {
            await restorer.RestoreAsync(document, ct);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException)
        {
            throw new CliException(e.Message);
        }
        console.Out.WriteLine($"restored {document.Articles.Count} articles, {document.Statements.Count} statements, {document.Summits.Count} summits, {document.Actors.Count} actors");
        return 0;
    }
}
