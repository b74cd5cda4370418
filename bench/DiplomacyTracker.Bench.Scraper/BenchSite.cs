using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Bench.Scraper;

/// <summary>One Kestrel listening on 127.0.0.2 … 127.0.0.(N+1) (all loopback on Linux): each address is one news host with one RSS feed.</summary>
internal sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    private BenchSite(WebApplication app) => _app = app;

    public IReadOnlyList<Uri> Hosts { get; private set; } = [];
    public int Requests => _requests;
    private int _requests;

    public static async Task<BenchSite> StartAsync(int hosts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var i = 0; i < hosts; i++) k.Listen(IPAddress.Parse($"127.0.0.{i + 2}"), 0);
        });
        var app = builder.Build();
        var site = new BenchSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        site.Hosts = addresses.Select(a => new Uri(a.EndsWith('/') ? a : a + "/"))
            .OrderBy(u => IPAddress.Parse(u.Host).GetAddressBytes()[3]).ToList();
        return site;
    }

    public void Add(Uri url, string body) => _pages[url.GetLeftPart(UriPartial.Path)] = Encoding.UTF8.GetBytes(body);

    private async Task HandleAsync(HttpContext ctx)
    {
        Interlocked.Increment(ref _requests);
        var key = $"{ctx.Request.Scheme}://{ctx.Request.Host}{ctx.Request.Path}";
        if (!_pages.TryGetValue(key, out var body))
        {
            ctx.Response.StatusCode = 404;
            return;
        }
        ctx.Response.ContentType = ctx.Request.Path.Value!.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
        ctx.Response.ContentLength = body.Length;
        await ctx.Response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
