using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// The first thing an anonymous search meets: a global count of searches in the app (answered, running or queued for a
/// search slot). Past what the search pool can hold (<see cref="RequestConcurrency"/>: its slots plus its queue) the
/// search is turned away here — before the request log, routing, the session check, the output cache and the body
/// edge — with a short 503, so a flood of searches from any number of addresses costs the app next to nothing per
/// request and the readers of other pages keep the processor. The answer waits Web:SearchShedDelayMilliseconds (default
/// 1,000; a timer, no thread) first: a client that floods by sending its next search as soon as it has an answer is
/// slowed to one search per second per connection, instead of a loop of instant 503s.
/// Editors pass through to the ordinary pools: a session cookie counts only when it is a ticket this app protected (a
/// made-up dt.editor cookie is anonymous); whether the session is still valid is checked later, by authentication.
/// </summary>
public sealed class SearchGate(RequestDelegate next, IConfiguration configuration, LoadShedding shedding, TimeProvider clock,
    IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    private readonly int _capacity = RequestConcurrency.SearchPermits(configuration) + RequestConcurrency.SearchQueue(configuration);
    private readonly TimeSpan _delay = TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue($"{RequestConcurrency.Section}:SearchShedDelayMilliseconds", 1000)));
    private int _inFlight;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsAnonymousSearch(context.Request, EditorTickets()))
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

    private CookieAuthenticationOptions EditorTickets() => cookies.Get(IdentityConstants.ApplicationScheme);

    /// <summary>A search (<see cref="RequestConcurrency.PoolOf"/>) from someone without a genuine editor's session ticket.</summary>
    public static bool IsAnonymousSearch(HttpRequest request, CookieAuthenticationOptions editorTickets) =>
        RequestConcurrency.PoolOf(request.HttpContext) == "search" && !HoldsEditorTicket(request.HttpContext, editorTickets);

    /// <summary>The dt.editor cookie (chunked or not) unprotects to a ticket: it was issued by this app's keys.</summary>
    private static bool HoldsEditorTicket(HttpContext context, CookieAuthenticationOptions options)
    {
        if (!context.Request.Cookies.ContainsKey(EditorSessions.CookieName)) return false;
        var value = options.CookieManager.GetRequestCookie(context, EditorSessions.CookieName);
        return value is { Length: > 0 } && options.TicketDataFormat.Unprotect(value) is not null;
    }
}
