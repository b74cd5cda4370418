using DiplomacyTracker.Scraping;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Scraping;

/// <summary>
/// The web app's scraper: a thin loop that runs a <see cref="ScrapePass"/>, then waits
/// <see cref="ScraperOptions.PassIntervalSeconds"/>. A pass that throws is logged and the loop goes on;
/// stopping the app cancels between items (what was stored stays stored).
/// </summary>
public sealed partial class ScraperHostedService(ScrapePass pass, IServiceScopeFactory scopes, IOptions<ScraperOptions> options,
    TimeProvider clock, ILogger<ScraperHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(5, options.Value.PassIntervalSeconds));
        var seeded = false;
        var hinted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!seeded)
                {
                    // In the loop, not before it: an exception escaping a BackgroundService stops the whole app.
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SourceSeeder>().SeedAsync(stoppingToken);
                    seeded = true;
                }
                var results = await pass.RunAsync(stoppingToken);
                foreach (var r in results) LogSource(logger, r.Name, r.Outcome, r.NewItems, r.Stored, r.Duplicates, r.Irrelevant, r.Failed, r.Skipped);
                if (!hinted && OfflineHint.For(results) is { } hint) LogOffline(logger, hint);
                hinted |= results.Count > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex);
            }
            try { await Task.Delay(interval, clock, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scraped {Name}: {Outcome}; {New} new, {Stored} stored, {Duplicates} duplicate, {Irrelevant} irrelevant, {Failed} failed, {Skipped} skipped")]
    private static partial void LogSource(ILogger logger, string name, string outcome, int @new, int stored, int duplicates, int irrelevant, int failed, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scraper: {Hint}")]
    private static partial void LogOffline(ILogger logger, string hint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scrape pass failed; the next pass will try again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}

/// <summary>How the web app's Program.cs switches the background scraper on.</summary>
public static class ScraperHostingExtensions
{
    /// <summary>
    /// Registers the scraper services (including the guarded <see cref="DiplomacyTracker.Intake.IPageFetcher"/> behind
    /// "Add article by URL") and, when <c>Scraper:Enabled</c> is true (the default), the background loop.
    /// Needs the pipeline (AddTrackerPipeline) registered.
    /// </summary>
    public static IServiceCollection AddScraperHostedService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTrackerScraper(configuration);
        services.AddSingleton<ManualScrapes>();
        if (configuration.GetValue(ScraperOptions.SectionName + ":" + nameof(ScraperOptions.Enabled), true))
            services.AddHostedService<ScraperHostedService>();
        return services;
    }
}
