namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The request pipeline: friendly errors, status-code pages, security headers, request log, static files, a cap on concurrent page requests, auth, pages.</summary>
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
        app.MapRazorPages();
        return app;
    }
}
