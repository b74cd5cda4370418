using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`sources add &lt;url&gt; [--name N] [--kind feed|listing|sitemap] [--selector CSS] [--content-selector CSS] [--timezone Z] [--interval MIN]`.</summary>
internal sealed class SourcesAddCommand(CliConsole console, DatabaseInitializer initializer, SourceSeeder seeder, SourceRegistry registry) : ICliCommand
{
    public string Name => "sources add";

    public string Usage => "sources add <url> [--name N] [--kind feed|listing|sitemap] [--selector CSS] [--content-selector CSS] [--timezone ZONE] [--interval MIN]";

    public async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        var url = args.Positionals.LastOrDefault() ?? throw new CliException("usage: " + Usage);
        var kindText = args.Get("kind") ?? "feed";
        if (!Enum.TryParse<SourceKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            throw new CliException($"--kind must be feed, listing or sitemap, not '{kindText}'");
        await initializer.InitializeAsync(cancellationToken);
        await seeder.SeedAsync(cancellationToken); // first start: the defaults go in before the user's own source
        try
        {
            var added = await registry.AddAsync(new SourceInput(url, args.Get("name"), kind, args.Get("selector"),
                args.Get("content-selector"), args.Get("timezone"), args.Has("interval") ? args.GetInt("interval", 30) : null), cancellationToken);
            console.Out.WriteLine($"Added source {added.Id}: {added.Name} ({added.Kind}) {added.Url}");
            return 0;
        }
        catch (SourceInputException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
