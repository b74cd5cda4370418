using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Bench.Scraper;

/// <summary>The app's services (pipeline + scraper) over a fresh SQLite file, as the web app and CLI wire them.</summary>
internal sealed class Bench : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _connectionString;

    private Bench(ServiceProvider services, string directory, string connectionString)
    {
        Services = services;
        _directory = directory;
        _connectionString = connectionString;
    }

    public ServiceProvider Services { get; }
    public ScrapePass Pass => Services.GetRequiredService<ScrapePass>();

    public static async Task<Bench> CreateAsync(Args options, bool discardPages = false)
    {
        var directory = Directory.CreateTempSubdirectory("dt-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "tracker.db")}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tracker"] = connectionString,
            ["Tracker:DataDirectory"] = directory,
            ["Scraper:AllowPrivateAddresses"] = "true",
            ["Scraper:PerHostDelayMs"] = options.PerHostDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Scraper:MaxConcurrentSources"] = options.Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddTrackerPipeline(configuration);
        if (discardPages) services.AddScoped<IArticleSink, DiscardingSink>(); // measures the scraper alone
        else
        {
            services.AddScoped<IntakeArticleSink>();
            services.AddScoped<IArticleSink>(sp => new TimedSink(sp.GetRequiredService<IntakeArticleSink>()));
        }
        services.AddTrackerScraper(configuration);
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new Bench(provider, directory, connectionString);
    }

    public TrackerDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(builder, _connectionString);
        return new TrackerDbContext(builder.Options);
    }

    public async Task<List<int>> AddSourcesAsync(IEnumerable<Uri> feeds)
    {
        await using var scope = Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<SourceRegistry>();
        var ids = new List<int>();
        foreach (var feed in feeds) ids.Add((await registry.AddAsync(new SourceInput(feed.AbsoluteUri, feed.Host))).Id);
        return ids;
    }

    public async Task<(int Articles, string ByState)> CountAsync()
    {
        await using var db = Db();
        var states = await db.FeedItems.GroupBy(f => f.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var failures = await db.FeedItems.Where(f => f.State == FeedItemState.Failed).Select(f => f.LastError).Take(3).ToListAsync();
        var text = string.Join(", ", states.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Count}"))
                   + (failures.Count > 0 ? $" (first errors: {string.Join(" | ", failures)})" : "");
        return (await db.Articles.CountAsync(), text);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Takes each fetched page and stores nothing: isolates what fetching, scheduling and bookkeeping cost.</summary>
internal sealed class DiscardingSink : IArticleSink
{
    public Task<ItemOutcome> StoreAsync(ScrapedArticle article, CancellationToken ct) =>
        Task.FromResult(new ItemOutcome(FeedItemState.Irrelevant, null, "discarded by the benchmark"));
}

/// <summary>The intake sink with a stopwatch around it: how much of each phase is spent inside extract + analyse + store.</summary>
internal sealed class TimedSink(IArticleSink inner) : IArticleSink
{
    private static long _ticks;

    public static TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public static void Reset() => Interlocked.Exchange(ref _ticks, 0);

    public async Task<ItemOutcome> StoreAsync(ScrapedArticle article, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try { return await inner.StoreAsync(article, ct); }
        finally { Interlocked.Add(ref _ticks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks); }
    }
}

/// <summary>Command-line settings: --feeds, --items, --words, --per-host-delay-ms, --concurrency.</summary>
internal sealed record Args(int Feeds, int Items, int Words, int PerHostDelayMs, int Concurrency)
{
    /// <summary>Pages scraped, and as many stored directly, before anything is timed.</summary>
    public const int WarmUpArticles = 60;

    public static Args Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
        }
        return new Args(Math.Clamp(Get("feeds", 50), 1, 200), Get("items", 20), Get("words", 800), Get("per-host-delay-ms", 100), Get("concurrency", 8));
    }
}

/// <summary>Peak resident set size: VmHWM from /proc/self/status on Linux, else the process's peak working set.</summary>
internal static class Memory
{
    public static long PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
