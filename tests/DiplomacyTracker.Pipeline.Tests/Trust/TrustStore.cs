using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Data.Export;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Tests.Data;
using DiplomacyTracker.Tests.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>
/// A real store wired as the CLI wires it (AddTrackerPipeline over a SQLite file, reference data seeded) on a frozen
/// clock, with the trust corpus of real articles (TestData/Trust) to import.
/// </summary>
public sealed class TrustStore : IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    private TrustStore()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tracker"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerPipeline(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        Services = services.BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)) { AutoAdvance = false };
    public ServiceProvider Services { get; }

    public static async Task<TrustStore> CreateAsync()
    {
        var store = new TrustStore();
        await store.WithAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync());
        return store;
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithAsync(Func<IServiceProvider, Task> work) => WithAsync(async sp => { await work(sp); return 0; });

    public Task<T> QueryAsync<T>(Func<TrackerDbContext, Task<T>> query) => WithAsync(sp => query(sp.GetRequiredService<TrackerDbContext>()));

    public static IReadOnlyList<string> CorpusFiles =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Trust"), "article_*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>Imports every corpus article the way `import` does (title and date from the file's header); returns article ids by file number.</summary>
    public async Task<Dictionary<string, int>> ImportCorpusAsync()
    {
        var ids = new Dictionary<string, int>();
        foreach (var file in CorpusFiles)
        {
            var raw = CorpusArticle(file, Clock.GetUtcNow());
            var saved = await WithAsync(sp => sp.GetRequiredService<ArticleIntake>().AddAsync(raw));
            Assert.False(saved.Duplicate);
            ids[Path.GetFileNameWithoutExtension(file)["article_".Length..]] = saved.ArticleId;
        }
        return ids;
    }

    /// <summary>A corpus file as `import` would read it: the body after the header, the header's title, URL and date.</summary>
    public static RawArticle CorpusArticle(string file, DateTimeOffset now)
    {
        var lines = File.ReadAllLines(file);
        string Header(string name) => lines.First(l => l.StartsWith(name + ": ", StringComparison.Ordinal))[(name.Length + 2)..];
        var body = string.Join("\n", lines.SkipWhile(l => l.Length > 0).Skip(1));
        var url = Header("URL").Split(' ')[0];
        Assert.True(DateInput.TryParse(Header("PUBLISHED")[..10], out var published));
        return new RawArticle(Encoding.UTF8.GetBytes(body), "text/plain; charset=utf-8", url, now, ArticleOrigin.Imported,
            TitleOverride: Header("TITLE"), PublishedOverride: published);
    }

    public async Task ReanalyzeAllAsync()
    {
        var ids = await QueryAsync(db => Task.FromResult(db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToList()));
        foreach (var id in ids) await WithAsync(sp => sp.GetRequiredService<ArticleStore>().ReanalyzeAsync(id));
    }

    /// <summary>The whole store as `export --json` writes it.</summary>
    public Task<string> ExportAsync() => WithAsync(async sp =>
        JsonSerializer.Serialize(await sp.GetRequiredService<StoreExporter>().ExportAsync(), StoreExporter.Json));

    /// <summary>The export without what re-analysis rightly renews (when it ran): what changed is then what re-analysis changed.</summary>
    public async Task<string> ContentAsync()
    {
        var doc = JsonNode.Parse(await ExportAsync())!;
        foreach (var article in doc["articles"]!.AsArray()) article!.AsObject().Remove("analyzedUtc");
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
    }
}
