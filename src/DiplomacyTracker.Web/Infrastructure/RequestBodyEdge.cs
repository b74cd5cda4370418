using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Web</c> limits on request bodies (see docs/security.md).</summary>
public sealed class BodyLimitOptions
{
    /// <summary>A form body a page that names no size of its own may send (the editor forms).</summary>
    public long MaxFormBytes { get; set; } = 64 * 1024;

    /// <summary>What a visitor who is not signed in may send at all (the sign-in form is a few hundred bytes).</summary>
    public long MaxAnonymousBodyBytes { get; set; } = 16 * 1024;

    /// <summary>After <see cref="BodyGraceSeconds"/>, a body must have come at this average rate or the request ends (408).</summary>
    public int MinBodyBytesPerSecond { get; set; } = 2048;
    public int BodyGraceSeconds { get; set; } = 5;

    /// <summary>Bodies one client may be sending at once; the next one is answered 429 at once.</summary>
    public int MaxBodyReadsPerClient { get; set; } = 4;
}

/// <summary>
/// Reads a request's body in full — within a size cap and at a minimum data rate — before the request takes a page slot
/// (<see cref="RequestConcurrency"/>), so a client that sends slowly holds only its own connection, never a slot other
/// readers wait for. A write to a page that needs an editor, from someone who is not signed in, is not read at all (the
/// sign-in redirect follows). Form values, query values and route values are then cleaned (<see cref="DiplomacyTracker.Intake.InputText"/>).
/// </summary>
public sealed partial class RequestBodyEdge(RequestDelegate next, IOptions<BodyLimitOptions> options, BodyReadsInFlight reads, HeapTrim trim,
    TimeProvider clock, ILogger<RequestBodyEdge> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        InputCleaning.CleanQueryAndRoute(context);
        // A status-code or error page re-executed for this request: its body was dealt with (or refused) the first time.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                         || context.Features.Get<IExceptionHandlerFeature>() is not null;
        if (reExecuted || !HasBody(context.Request) || NeedsEditorButIsAnonymous(context))
        {
            await next(context);
            return;
        }
        var limits = options.Value;
        var cap = Cap(context, limits);
        if (context.Request.ContentLength > cap)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "too large", cap);
            return;
        }
        var client = ClientKey.Of(context);
        if (reads.Enter(client) > Math.Max(1, limits.MaxBodyReadsPerClient))
        {
            reads.Leave(client);
            Refuse(context, StatusCodes.Status429TooManyRequests, "too many bodies at once", cap);
            return;
        }
        MemoryStream buffered;
        try
        {
            buffered = await new BodyReader(clock, limits.MinBodyBytesPerSecond, TimeSpan.FromSeconds(Math.Max(0, limits.BodyGraceSeconds) + 2))
                .ReadAsync(context.Request.Body, cap, context.RequestAborted);
        }
        catch (BodyReader.TooLargeException)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "too large", cap);
            return;
        }
        catch (BodyReader.TooSlowException)
        {
            Refuse(context, StatusCodes.Status408RequestTimeout, "too slow", cap);
            return;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away mid-body: nobody to answer
        }
        finally
        {
            reads.Leave(client);
        }
        context.Request.Body = buffered;
        context.Response.RegisterForDispose(buffered);
        if (buffered.Length >= HeapTrim.LargeBody) trim.After(context);
        if (context.Request.HasFormContentType && !await InputCleaning.ReadAndCleanFormAsync(context, cap))
        {
            Refuse(context, StatusCodes.Status400BadRequest, "unreadable form", cap);
            return;
        }
        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0)
        || (request.ContentLength is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsDelete(request.Method) && !HttpMethods.IsOptions(request.Method) && request.ContentType is not null);

    private static bool NeedsEditorButIsAnonymous(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is not null
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;

    private static long Cap(HttpContext context, BodyLimitOptions limits)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? limits.MaxFormBytes;
        return context.User.Identity?.IsAuthenticated == true ? declared : Math.Min(declared, limits.MaxAnonymousBodyBytes);
    }

    private void Refuse(HttpContext context, int status, string why, long cap)
    {
        LogRefused(logger, context.Request.Method, context.Request.Path.Value ?? "", status, why, cap);
        context.Response.StatusCode = status;
        // The error page is re-executed for this request: it must not try to read the refused body as a form.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        if (status == StatusCodes.Status429TooManyRequests) context.Response.Headers.RetryAfter = "5";
        // The status-code page explains it in words; the connection is not worth keeping for the rest of the body.
        context.Response.Headers.Connection = "close";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the body of {Method} {Path}: {Status} ({Reason}; cap {Cap} bytes)")]
    private static partial void LogRefused(ILogger logger, string method, string path, int status, string reason, long cap);
}

/// <summary>The bodies being read right now, per client (a singleton: the limit is per client across all requests).</summary>
public sealed class BodyReadsInFlight
{
    private readonly ConcurrentDictionary<string, int> _byClient = new(StringComparer.Ordinal);
    private int _total;

    public int Total => Volatile.Read(ref _total);

    /// <summary>Counts one more body from <paramref name="client"/>; returns how many it now has in flight.</summary>
    public int Enter(string client)
    {
        Interlocked.Increment(ref _total);
        return _byClient.AddOrUpdate(client, 1, (_, n) => n + 1);
    }

    public void Leave(string client)
    {
        Interlocked.Decrement(ref _total);
        if (_byClient.AddOrUpdate(client, 0, (_, n) => n - 1) <= 0) _byClient.TryRemove(new KeyValuePair<string, int>(client, 0));
    }
}

/// <summary>How the request limits tell clients apart: the connection's address (a proxy in front must forward it; see docs/security.md).</summary>
public static class ClientKey
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>Registration and placement of the body edge.</summary>
public static class RequestBodyEdgeRegistration
{
    public static IServiceCollection AddRequestBodyEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BodyLimitOptions>(configuration.GetSection(RequestConcurrency.Section));
        services.AddSingleton<BodyReadsInFlight>();
        services.AddSingleton<HeapTrim>();
        return services;
    }
}
