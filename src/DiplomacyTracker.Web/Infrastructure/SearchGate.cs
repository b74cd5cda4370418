namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// The first thing an anonymous search meets: a global count of searches in the app (answered, running or queued for a
/// search slot). Past what the search pool can hold (<see cref="RequestConcurrency"/>: its slots plus its queue) the
/// search is turned away here — before the request log, routing, the session check, the output cache and the body
/// edge — with a short 503, so a flood of searches from any number of addresses costs the app next to nothing per
/// request and the readers of other pages keep the processor. The answer waits Web:SearchShedDelayMilliseconds (default
/// 1,000; a timer, no thread) first: a client that floods by sending its next search as soon as it has an answer is
/// slowed to one search per second per connection, instead of a loop of instant 503s.
/// Editors (a session cookie) pass through to the ordinary pools.
/// </summary>
public sealed class SearchGate(RequestDelegate next, IConfiguration configuration, LoadShedding shedding, TimeProvider clock)
{
    private readonly int _capacity = RequestConcurrency.SearchPermits(configuration) + RequestConcurrency.SearchQueue(configuration);
    private readonly TimeSpan _delay = TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue($"{RequestConcurrency.Section}:SearchShedDelayMilliseconds", 1000)));
    private int _inFlight;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsAnonymousSearch(context.Request))
        {
            await next(context);
            return;
        }
        if (Interlocked.Increment(ref _inFlight) > _capacity)
        {
            Interlocked.Decrement(ref _inFlight);
            await ShedAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task ShedAsync(HttpContext context)
    {
        context.Items[RequestConcurrency.ShedItem] = true;
        shedding.Shed();
        if (_delay > TimeSpan.Zero)
        {
            try { await Task.Delay(_delay, clock, context.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client left
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(RequestConcurrency.Busy, context.RequestAborted);
    }

    /// <summary>A search (<see cref="RequestConcurrency.PoolOf"/>) from someone without an editor's session cookie.</summary>
    public static bool IsAnonymousSearch(HttpRequest request) =>
        !request.Cookies.ContainsKey(EditorSessions.CookieName) && RequestConcurrency.PoolOf(request.HttpContext) == "search";
}
