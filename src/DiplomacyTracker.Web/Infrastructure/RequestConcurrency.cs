using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Caps how many page requests run at once (Web:MaxConcurrentRequests, default twice the processor count); the rest
/// wait in a queue (Web:RequestQueueLimit, default 1,000) and beyond that get 503 with Retry-After. On a small
/// machine more parallel page renders do not answer faster, they only hold more SQLite connections, each with its own
/// 16 MB page cache, so the cap is what keeps resident memory bounded under load. /health and static files are not capped.
/// </summary>
public static class RequestConcurrency
{
    public const string Section = "Web";

    public static IServiceCollection AddRequestConcurrency(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue($"{Section}:MaxConcurrentRequests", Environment.ProcessorCount * 2);
        var queue = configuration.GetValue($"{Section}:RequestQueueLimit", 1000);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetConcurrencyLimiter("pages", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Math.Max(1, permits),
                        QueueLimit = Math.Max(0, queue),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
