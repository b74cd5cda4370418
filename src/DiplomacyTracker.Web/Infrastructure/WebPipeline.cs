using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Feeds;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// The request pipeline: the client's address (from a listed proxy), security headers, the search gate (a flood of
/// anonymous searches is turned away before anything else runs), request log, friendly errors,
/// status-code pages, static files, routing, who is asking (the editor's session, checked against the store on every
/// request), the output cache (cached reads take no slot), the body edge (bodies read and input cleaned before a
/// slot), the page slots, authorization, then the API, downloads, feeds and pages.
/// </summary>
public static class WebPipeline
{
    public static WebApplication UseTrackerPipeline(this WebApplication app)
    {
        app.UseProxyAddresses();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<SearchGate>();
        app.UseTrackerRequestLogging();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseReadingPageCache();
        app.UseMiddleware<RequestBodyEdge>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHealth();
        app.MapOpenApi().CacheOutput(ReadingPageCache.PolicyName);
        app.MapTrackerApi();
        app.MapTrackerExports();
        app.MapTrackerFeeds();
        app.MapPermalinks();
        app.MapRazorPages();
        return app;
    }
}
