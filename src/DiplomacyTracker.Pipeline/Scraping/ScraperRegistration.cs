using DiplomacyTracker.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>Registers the scraper's services the same way for the web app, the CLI, tests and the benchmark.</summary>
public static class ScraperRegistration
{
    /// <summary>
    /// Binds <see cref="ScraperOptions"/> from the <c>Scraper</c> section and registers <see cref="PageFetcher"/> (typed
    /// HttpClient with the SSRF-guarded handler), the per-host throttle and robots cache, <see cref="SourceRegistry"/>,
    /// <see cref="SourceSeeder"/>, <see cref="ScrapePass"/>, the <see cref="IPageFetcher"/> used by "add by URL" and `import`,
    /// and (unless one is registered already) the <see cref="IArticleSink"/> over the intake pipeline.
    /// Expects the pipeline (AddTrackerPipeline) to be registered.
    /// </summary>
    public static IServiceCollection AddTrackerScraper(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScraperOptions>().Bind(configuration.GetSection(ScraperOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostThrottle>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<StoreWriteGate>();
        services.AddHttpClient<PageFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan) // each attempt has its own timeout
            .ConfigurePrimaryHttpMessageHandler(sp => PageFetcher.CreateHandler(sp.GetRequiredService<IOptions<ScraperOptions>>().Value));
        services.TryAddScoped<SourceRegistry>();
        services.TryAddScoped<SourceSeeder>();
        services.TryAddScoped<IArticleSink, IntakeArticleSink>();
        services.TryAddTransient<IPageFetcher, GuardedPageFetcher>();
        services.TryAddSingleton<ScrapePass>();
        return services;
    }
}
