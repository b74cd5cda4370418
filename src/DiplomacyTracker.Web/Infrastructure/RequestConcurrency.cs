using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Caps how many page requests run at once, in two pools so one kind of load cannot starve the other: searches
/// (statement search and the speaker box: every distinct query is work for the store) get
/// Web:MaxConcurrentSearches (default half the processor count) with a short queue (Web:SearchQueueLimit, default 64),
/// every other page Web:MaxConcurrentRequests (default twice the processor count) with Web:RequestQueueLimit (1,000).
/// Beyond a queue the answer is 503 with Retry-After. On a small machine more parallel renders do not answer faster,
/// they only hold more SQLite connections (16 MB page cache each), so the cap is also what bounds memory. /health,
/// static files, the error page and pages served from the output cache take no slot; bodies are read before a slot
/// is taken (<see cref="RequestBodyEdge"/>).
/// </summary>
public static class RequestConcurrency
{
    public const string Section = "Web";

    /// <summary>Set on a request turned away because a queue was full: the request log notes it at Debug, <see cref="LoadShedding"/> sums them up.</summary>
    public const string ShedItem = "dt.shed";

    public const string Busy = "Busy: too many requests are waiting. Please try again in a few seconds.\n";

    public static IServiceCollection AddRequestConcurrency(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue($"{Section}:MaxConcurrentRequests", Environment.ProcessorCount * 2);
        var queue = configuration.GetValue($"{Section}:RequestQueueLimit", 1000);
        var searchPermits = SearchPermits(configuration);
        var searchQueue = SearchQueue(configuration);
        services.AddSingleton<LoadShedding>();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PoolOf(context) switch
            {
                "search" => RateLimitPartition.GetConcurrencyLimiter("search", _ => Pool(searchPermits, searchQueue)),
                "pages" => RateLimitPartition.GetConcurrencyLimiter("pages", _ => Pool(permits, queue)),
                var free => RateLimitPartition.GetNoLimiter(free),
            });
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            // Shedding load must cost next to nothing, or the flood it sheds still starves everyone: a short plain
            // answer, no error page rendered for it.
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Items[ShedItem] = true;
                http.RequestServices.GetRequiredService<LoadShedding>().Shed();
                if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                http.Response.Headers.RetryAfter = "5";
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(Busy, ct);
            };
        });
        return services;
    }

    /// <summary>Searches that run at once (Web:MaxConcurrentSearches, default half the processor count, at least 1).</summary>
    public static int SearchPermits(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue($"{Section}:MaxConcurrentSearches", Math.Max(1, Environment.ProcessorCount / 2)));

    /// <summary>Searches that may wait for a slot (Web:SearchQueueLimit, default 64).</summary>
    public static int SearchQueue(IConfiguration configuration) => Math.Max(0, configuration.GetValue($"{Section}:SearchQueueLimit", 64));

    /// <summary>"search", "pages", or a name for requests that take no slot.</summary>
    public static string PoolOf(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health")) return "health";
        if (path.StartsWithSegments("/Error")) return "error";
        var isSearchPage = string.Equals(path.Value?.TrimEnd('/'), "/Statements", StringComparison.OrdinalIgnoreCase);
        if (HttpMethods.IsGet(context.Request.Method) && (isSearchPage || !string.IsNullOrEmpty(context.Request.Query["q"])))
            return "search";
        return "pages";
    }

    private static ConcurrencyLimiterOptions Pool(int permits, int queue) => new()
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = Math.Max(0, queue),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };
}
