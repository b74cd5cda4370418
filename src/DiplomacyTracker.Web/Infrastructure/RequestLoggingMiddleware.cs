using System.Diagnostics;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>One log line per request: method, path, status and elapsed milliseconds (no query string: it can hold search words).</summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            // A request turned away because a queue was full is counted by LoadShedding, not logged one by one.
            var level = context.Items.ContainsKey(RequestConcurrency.ShedItem) ? LogLevel.Debug
                : context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
        }
    }
}
