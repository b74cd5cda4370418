using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`import`: stores articles through the same intake as the web app's "Add article" — one file or URL, a
/// folder of pages, or a list file with each article's title, date, address and source — in one process, with progress.</summary>
internal sealed class ImportCommand(CliConsole console, ArticleInputReader reader, DatabaseInitializer database,
    ArticleIntake intake, ArticleStore store, TrackerDbContext db) : ICliCommand
{
    public string Name => "import";
    public string Usage => "import <file|folder|url>... [--list FILE] [--title T] [--published DATE] [--url U] [--source ID]   store articles (HTML or plain text); a folder or a --list file imports many in one run";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        var items = ImportList.Expand(args.Positionals);
        if (args.Has("list")) items.AddRange(ImportList.Read(args.Require("list")));
        if (items.Count == 0) throw new CliException("import takes at least one file, folder or URL, or --list FILE");
        if (items.Count > 1 && (args.Has("title") || args.Has("url")))
            throw new CliException("--title and --url apply to one article: give each file its own in a --list file");
        await database.InitializeAsync(ct);
        var sources = await db.Sources.AsNoTracking().ToListAsync(ct);
        var progress = new CliProgress(console, "import", items.Count);
        int stored = 0, duplicates = 0, failures = 0;
        foreach (var item in items)
        {
            try
            {
                var facts = new ArticleFacts(item.Title ?? args.Get("title"), item.Published ?? args.Get("published"),
                    item.Url ?? args.Get("url"), FindSource(sources, item.Source ?? args.Get("source")));
                var raw = await reader.ReadAsync(item.Input, facts, ArticleOrigin.Imported, ct);
                // Extracted and analysed once; an unreadable page (PDF, image, empty HTML) is refused, not stored empty.
                var processed = await intake.PreviewAsync(raw, ct);
                if (processed.Extracted is { Found: false } nothing)
                    throw new CliException($"{item.Input}: {nothing.Error}; not stored");
                var result = await store.SaveAsync(processed, ct);
                db.ChangeTracker.Clear();
                if (result.Duplicate) duplicates++;
                else stored++;
                console.Out.WriteLine(result.Duplicate
                    ? $"{item.Input}: already stored as article {result.ArticleId} (same {result.DuplicateReason})"
                    : $"{item.Input}: stored as article {result.ArticleId}");
            }
            catch (Exception e) when (items.Count > 1 && e is not OperationCanceledException)
            {
                // One bad file never stops the others.
                db.ChangeTracker.Clear();
                var message = e is CliException ? e.Message : e.GetBaseException().Message;
                console.Error.WriteLine($"error: {(message.Contains(item.Input, StringComparison.Ordinal) ? message : $"{item.Input}: {message}")}");
                failures++;
            }
            progress.Step($"{stored} stored, {duplicates} duplicate, {failures} failed");
        }
        if (items.Count > 1) console.Out.WriteLine($"imported {items.Count - failures} of {items.Count}: {stored} stored, {duplicates} already stored, {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The scraper source an article belongs to, by id or by name (case-insensitive).</summary>
    private static Source? FindSource(List<Source> sources, string? idOrName)
    {
        if (idOrName is null) return null;
        return sources.FirstOrDefault(s => int.TryParse(idOrName, out var id) ? s.Id == id : string.Equals(s.Name, idOrName, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"no source '{idOrName}': `sources list` shows their ids and names");
    }
}
