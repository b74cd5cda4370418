using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Intake;
using DiplomacyTracker.Web.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyTracker.Web.Tests.Scraping;

/// <summary>How the web app switches the scraper on and routes "Add article by URL" through the guarded fetcher.</summary>
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
        services.AddScoped<IArticleFetcher, GuardedArticleFetcher>(); // as the web registrations do
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
        Assert.IsType<GuardedArticleFetcher>(provider.GetRequiredService<IArticleFetcher>()); // fetching by URL works either way
    }

    [Fact]
    public async Task Add_by_url_refuses_private_addresses_with_a_clear_message()
    {
        using var provider = Build(new() { ["Scraper:Enabled"] = "false" });
        var fetcher = provider.GetRequiredService<IArticleFetcher>();

        var loopback = await fetcher.FetchAsync("http://127.0.0.1:9/admin", CancellationToken.None);
        var metadata = await fetcher.FetchAsync("http://169.254.169.254/latest/meta-data/", CancellationToken.None);
        var notUrl = await fetcher.FetchAsync("file:///etc/passwd", CancellationToken.None);

        Assert.Equal("Could not fetch http://127.0.0.1:9/admin: refused: 127.0.0.1 resolves to a private address (127.0.0.1)", loopback.Error);
        Assert.Contains("refused: 169.254.169.254 resolves to a private address", metadata.Error);
        Assert.Equal("'file:///etc/passwd' is not an http(s) URL.", notUrl.Error);
        Assert.False(loopback.Succeeded || metadata.Succeeded || notUrl.Succeeded);
    }
}
