using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>
/// Found in a QA pass: adding by URL a site that never answers kept the editor waiting through every scraper retry
/// (about 2 minutes with the default 30 s timeout) and then said "timed out after 30 s".
/// </summary>
public sealed class SlowSiteTests : IClassFixture<SlowSiteTests.Factory>, IAsyncLifetime
{
    private readonly Factory _factory;
    private WebApplication? _site;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    public SlowSiteTests(Factory factory) => _factory = factory;

    /// <summary>The app may fetch loopback; one attempt times out after 1 s (the scraper still retries 3 times).</summary>
    public sealed class Factory : TrackerWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Scraper:AllowPrivateAddresses", "true");
            builder.UseSetting("Scraper:RequestTimeoutSeconds", "1");
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _site = builder.Build();
        _site.Run(async ctx =>
        {
            _requests.Enqueue(ctx.Request.Path.Value ?? "");
            await Task.Delay(TimeSpan.FromMinutes(5), ctx.RequestAborted);
        });
        await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    [Fact]
    public async Task A_site_that_never_answers_is_tried_once_and_the_editor_gets_a_message_and_keeps_the_form()
    {
        var url = _site!.Urls.First().TrimEnd('/') + "/story";
        var client = await Editors.SignedInAsync(_factory);
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["ArticleUrl"] = url, ["Title"] = "Kept title",
        }, "/Articles/Add?handler=Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Contains("Could not fetch", doc.QuerySelector(".error")!.TextContent);
        Assert.Equal("Kept title", doc.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        // No retries: the scraper's 2 s, 4 s, 8 s backoff between four attempts is not the editor's to wait. The story is
        // asked for at most once (robots.txt first, which hangs too, may use up the time before the story is reached).
        Assert.All(_requests.GroupBy(p => p), g => Assert.Single(g));
    }

    [Fact]
    public async Task The_add_page_tells_how_long_fetching_may_take_while_it_works()
    {
        var client = await Editors.SignedInAsync(_factory);
        var doc = await client.GetDocumentAsync("/Articles/Add");

        var form = doc.QuerySelector("form[data-progress]")!;
        var status = doc.GetElementById(form.GetAttribute("data-progress")!)!;
        Assert.True(status.HasAttribute("hidden")); // shown by site.js on submit
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Contains("up to 2 s on a slow site", status.GetAttribute("data-url-text")); // 1.5 × the 1 s timeout, rounded up
    }
}
