using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Feeds;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The request pipeline: friendly errors, status-code pages, security headers, request log, static files, a cap on concurrent page requests, auth, the API, downloads, feeds, pages.</summary>
public static class WebPipeline
{
    public static WebApplication UseTrackerPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseTrackerRequestLogging();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseReadingPageCache();
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
