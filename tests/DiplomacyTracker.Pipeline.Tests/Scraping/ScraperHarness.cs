using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>The scraper wired as the app wires it (AddTrackerPipeline + AddTrackerScraper) over a real SQLite file and a fake clock.</summary>
public sealed class ScraperHarness : IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ScraperHarness(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Settings.Provider.ToString(),
            ["ConnectionStrings:Tracker"] = _database.ConnectionString,
            ["Scraper:AllowPrivateAddresses"] = "true",
            ["Scraper:PerHostDelayMs"] = "0",
            ["Scraper:RetryBaseDelayMs"] = "1000",
            ["Scraper:MaxRetries"] = "2",
            ["Scraper:RequestTimeoutSeconds"] = "5",
        };
        foreach (var (k, v) in settings ?? []) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => { if (Environment.GetEnvironmentVariable("SCRAPER_TEST_LOG") == "1") l.AddConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug); });
        services.AddTrackerPipeline(configuration);
        services.AddSingleton<TimeProvider>(Clock); // after the store, which registers the system clock
        services.AddTrackerScraper(configuration);
        Services = services.BuildServiceProvider();
        using var db = _database.CreateContext();
        db.Database.Migrate();
    }

    public ManualTimeProvider Clock { get; } = new();
    public ServiceProvider Services { get; }

    public TrackerDbContext Db() => _database.CreateContext();

    public PageFetcher Fetcher() => Services.GetRequiredService<PageFetcher>();

    public ScrapePass Pass() => Services.GetRequiredService<ScrapePass>();

    public async Task<int> AddSourceAsync(Uri url, SourceKind kind = SourceKind.Feed, string? selector = null, string zone = "UTC", string? name = null)
    {
        using var scope = Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<SourceRegistry>();
        return (await registry.AddAsync(new SourceInput(url.AbsoluteUri, name ?? url.AbsolutePath, kind, selector, null, zone, 30))).Id;
    }

    public async Task<Source> SourceAsync(int id)
    {
        await using var db = Db();
        return await db.Sources.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
    }
}
