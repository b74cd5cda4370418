using System.Net;
using System.Text;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Adding by URL: "Save" after "Preview" stores the page the editor previewed, not a second fetch of a page that has since changed.</summary>
public sealed class AddByUrlTests : IClassFixture<AddByUrlTests.Factory>, IAsyncLifetime
{
    private readonly Factory _factory;
    private WebApplication? _site;
    private int _fetches;

    public AddByUrlTests(Factory factory) => _factory = factory;

    /// <summary>The app, allowed to fetch from loopback (the test's own site).</summary>
    public sealed class Factory : TrackerWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Scraper:AllowPrivateAddresses", "true");
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
            if (ctx.Request.Path != "/story") { ctx.Response.StatusCode = 404; return; }
            var version = Interlocked.Increment(ref _fetches);
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync($"""
                <html><head><title>Envoy version {version}</title></head><body><article><h1>Envoy version {version}</h1>
                <p>SEOUL — Unification Minister Chung Dong-young said on Friday that talks with North Korea could resume, in version {version} of this story.</p>
                <p>“We keep the door open,” Chung told reporters.</p></article></body></html>
                """, Encoding.UTF8);
        });
        await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    [Fact]
    public async Task Save_after_preview_stores_the_previewed_page_without_fetching_again()
    {
        var url = _site!.Urls.First().TrimEnd('/') + "/story";
        var client = await Editors.SignedInAsync(_factory);
        var fields = new Dictionary<string, string> { ["ArticleUrl"] = url, ["Published"] = "2025-10-17" };
        var preview = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Preview");
        Assert.Contains("version 1", (await Html.ParseAsync(preview)).QuerySelector("#preview-heading")!.ParentElement!.TextContent);

        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", fields, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var text = await _factory.WithDbAsync(db => db.Articles.Where(a => a.Url != null && a.Url.EndsWith("/story")).Select(a => a.Text).SingleAsync());
        Assert.Contains("version 1", text);
        Assert.Equal(1, _fetches);
    }
}
