using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>
/// A tiny news site on 127.0.0.1 (Kestrel, port 0) whose pages, feeds, robots.txt and faults each test defines.
/// Records every request (path and query, headers) so tests can assert what was and was not fetched.
/// </summary>
public sealed class LocalNewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LocalNewsSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string PathAndQuery, IHeaderDictionary Headers)> Requests { get; } = new();

    public static async Task<LocalNewsSite> StartAsync(string bindAddress = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(bindAddress), 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var site = new LocalNewsSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        site.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    /// <summary>Serves <paramref name="handler"/> at an exact path (query ignored for matching).</summary>
    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void MapText(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Map(path, ctx => Write(ctx, Encoding.UTF8.GetBytes(body), contentType, status));

    public void MapBytes(string path, byte[] body, string contentType) => Map(path, ctx => Write(ctx, body, contentType, 200));

    public int CountRequests(string path) => Requests.Count(r => r.PathAndQuery.Split('?')[0] == path);

    public static async Task Write(HttpContext ctx, byte[] body, string contentType, int status = 200)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength = body.Length;
        await ctx.Response.Body.WriteAsync(body);
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        // Kestrel reuses its header objects after the response: keep a copy.
        var headers = new HeaderDictionary();
        foreach (var (name, value) in ctx.Request.Headers) headers[name] = value;
        Requests.Enqueue((ctx.Request.Path + ctx.Request.QueryString, headers));
        if (_routes.TryGetValue(ctx.Request.Path.Value ?? "/", out var handler))
            await handler(ctx);
        else
            ctx.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
