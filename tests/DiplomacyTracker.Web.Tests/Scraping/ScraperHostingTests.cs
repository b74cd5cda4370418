using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyTracker.Web.Tests.Scraping;

/// <summary>How the web app switches the scraper on, and the guarded fetcher behind "Add article by URL".</summary>
public class ScraperHostingTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Tracker"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"dt-web-{Guid.NewGuid():N}.db")}";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerPipeline(configuration);
        services.AddScraperHostedService(configuration);
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_background_loop_runs_only_when_enabled(string? enabled, bool expected)
    {
        using var provider = Build(new() { ["Scraper:Enabled"] = enabled });

        Assert.Equal(expected, provider.GetServices<IHostedService>().OfType<ScraperHostedService>().Any());
        Assert.NotNull(provider.GetRequiredService<IPageFetcher>()); // fetching by URL works either way
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/admin", "refused: 127.0.0.1 resolves to a private address (127.0.0.1)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 resolves to a private address (169.254.169.254)")]
    [InlineData("http://10.0.0.1/", "refused: 10.0.0.1 resolves to a private address (10.0.0.1)")]
    public async Task Add_by_url_refuses_private_addresses_with_a_clear_message(string url, string expected)
    {
        using var provider = Build(new() { ["Scraper:Enabled"] = "false" });
        var fetcher = provider.GetRequiredService<IPageFetcher>();

        var error = await Assert.ThrowsAsync<PageFetchException>(() => fetcher.FetchPageAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(expected, error.Message);
    }
}
