using System.Net;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Tests.Shared;
using DiplomacyTracker.Web.Scraping;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Web.Tests.Desk;

/// <summary>"Scrape now" with the background scraper off runs one pass for that source and the Sources page says how it went.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class ScrapeNowTests(ScrapeNowTests.Factory factory) : IClassFixture<ScrapeNowTests.Factory>, IAsyncLifetime
{
    private WebApplication? _site;

    /// <summary>Scraper off (as every test factory), loopback allowed, no politeness delay.</summary>
    public sealed class Factory : TrackerWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Scraper:AllowPrivateAddresses", "true");
            builder.UseSetting("Scraper:PerHostDelayMs", "0");
            builder.UseSetting("Scraper:MaxRetries", "0");
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _site = builder.Build();
        _site.MapGet("/feed.xml", (HttpContext ctx) => Results.Text($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Local desk</title><link>{Origin(ctx)}/</link>
            <item><title>Lee and Trump agree to meet again</title><link>{Origin(ctx)}/story</link><guid>story-1</guid><pubDate>Wed, 29 Oct 2025 03:00:00 GMT</pubDate></item>
            </channel></rss>
            """, "application/rss+xml"));
        _site.MapGet("/story", () => Results.Text("""
            <html><head><title>Lee and Trump agree to meet again</title></head><body><article><h1>Lee and Trump agree to meet again</h1>
            <p>GYEONGJU, Oct. 29 (Yonhap) -- President Lee Jae Myung and U.S. President Donald Trump held a summit in Gyeongju on Wednesday.</p>
            <p>"We will open a new chapter of peace on the Korean Peninsula," Lee said after the talks.</p>
            <p>The two leaders agreed to continue cooperation on the alliance, trade and the North Korean nuclear issue.</p></article></body></html>
            """, "text/html"));
        await _site.StartAsync();
    }

    private static string Origin(HttpContext ctx) => $"http://{ctx.Request.Host}";

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    [Fact]
    public async Task With_the_scraper_off_scrape_now_runs_one_pass_and_shows_its_result()
    {
        var feed = _site!.Urls.First().TrimEnd('/') + "/feed.xml";
        var source = await factory.WithDbAsync(db => new SourceRegistry(db, TimeProvider.System).AddAsync(new SourceInput(feed, "Local desk")));
        var client = await Editors.SignedInAsync(factory);

        var page = await client.GetDocumentAsync("/Sources");
        Assert.Contains("The background scraper is off", page.QuerySelector(".scraper-off")!.TextContent);
        var response = await client.SubmitFormAsync("/Sources", $"form[action='/Sources/Manage/{source.Id}?handler=Scrape']", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await factory.Services.GetRequiredService<ManualScrapes>().WaitAsync(source.Id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(120));
        var after = await client.GetDocumentAsync("/Sources");
        var run = after.QuerySelector($".scrape-run[data-source='{source.Id}']")!.TextContent;
        Assert.Contains("ok: 1 new", run);
        Assert.Contains("1 stored", run);
        Assert.Null(after.QuerySelector("#scrape-progress")); // nothing running any more
        Assert.Contains("Lee and Trump agree to meet again", (await client.GetDocumentAsync("/Articles")).Body!.TextContent);
    }
}
