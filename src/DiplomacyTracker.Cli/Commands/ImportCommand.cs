using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`import`: stores articles through the same intake as the web app's "Add article".</summary>
internal sealed class ImportCommand(CliConsole console, ArticleInputReader reader, DatabaseInitializer database, ArticleIntake intake) : ICliCommand
{
    public string Name => "import";
    public string Usage => "import <file-or-url>... [--title T] [--published DATE] [--url U]   store articles (HTML or plain text)";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (args.Positionals.Count == 0) throw new CliException("import takes at least one file or URL");
        if (args.Positionals.Count > 1 && (args.Has("title") || args.Has("url")))
            throw new CliException("--title and --url apply to one article: import one file at a time with them");
        await database.InitializeAsync(ct);
        var failures = 0;
        foreach (var input in args.Positionals)
        {
            try
            {
                var raw = await reader.ReadAsync(input, args, ArticleOrigin.Imported, ct);
                // An unreadable page (PDF, image, empty HTML) is refused here rather than stored as an empty article.
                if ((await intake.PreviewAsync(raw, ct)).Extracted is { Found: false } nothing)
                    throw new CliException($"{input}: {nothing.Error}; not stored");
                var result = await intake.AddAsync(raw, ct);
                console.Out.WriteLine(result.Duplicate
                    ? $"{input}: already stored as article {result.ArticleId} (same {result.DuplicateReason})"
                    : $"{input}: stored as article {result.ArticleId}");
            }
            catch (CliException e) when (args.Positionals.Count > 1)
            {
                // One bad file never stops the others.
                console.Error.WriteLine($"error: {e.Message}");
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
