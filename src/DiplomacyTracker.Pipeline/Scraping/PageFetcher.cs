using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The one way the app fetches a web page: polite (User-Agent with contact URL, robots.txt, per-host spacing and
/// concurrency), safe (SSRF guard on the resolved address, size cap read while streaming, redirect limit and loop
/// detection) and persistent (retries with jittered exponential backoff, Retry-After honoured, conditional GET).
/// <see cref="FetchAsync"/> never throws for a failed fetch — it returns a <see cref="FetchResult"/> with
/// <see cref="FetchResult.Error"/> set; only cancellation of the caller's token throws.
/// </summary>
public sealed partial class PageFetcher
{
    private readonly HttpClient _http;
    private readonly ScraperOptions _options;
    private readonly HostThrottle _throttle;
    private readonly RobotsCache _robots;
    private readonly ILogger<PageFetcher> _logger;
    private readonly TimeProvider _clock;
    private readonly ResiliencePipeline<Attempt> _retry;

    public PageFetcher(HttpClient http, IOptions<ScraperOptions> options, HostThrottle throttle, RobotsCache robots,
        TimeProvider clock, ILogger<PageFetcher> logger)
    {
        _http = http;
        _options = options.Value;
        _throttle = throttle;
        _robots = robots;
        _logger = logger;
        _clock = clock;
        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = clock };
        if (_options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(Math.Max(1, _options.RetryBaseDelayMs)),
                MaxDelay = TimeSpan.FromMinutes(5),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Retryable: true }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, args.Outcome.Result?.Error, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        _retry = builder.Build();
    }

    /// <summary>The handler every fetcher uses: no automatic redirects (we count them), decompression, the SSRF connect guard, no proxy (the guard must see the real target).</summary>
    public static SocketsHttpHandler CreateHandler(ScraperOptions options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(Math.Max(1, options.ConnectTimeoutSeconds)),
        ConnectCallback = AddressGuard.ConnectCallback(options.AllowPrivateAddresses),
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = Math.Max(1, options.PerHostConcurrency),
    };

    /// <summary>Fetches <paramref name="url"/>, following up to <see cref="ScraperOptions.MaxRedirects"/> redirects.</summary>
    /// <returns>The body, or <see cref="FetchResult.NotModified"/> on 304, or an <see cref="FetchResult.Error"/>; never throws except on cancellation.</returns>
    public async Task<FetchResult> FetchAsync(Uri url, FetchConditions? conditions, CancellationToken ct)
    {
        conditions ??= new FetchConditions();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!current.IsAbsoluteUri || current.Scheme is not ("http" or "https"))
                return FetchResult.Failure(url, 0, $"refused: {current} is not an http(s) URL", false);
            if (!visited.Add(current.AbsoluteUri))
                return FetchResult.Failure(url, 0, $"redirect loop: {url} leads back to {current}", false);
            if (hop > _options.MaxRedirects)
                return FetchResult.Failure(url, 0, $"too many redirects (more than {_options.MaxRedirects}) from {url}", false);

            TimeSpan? crawlDelay = null;
            if (conditions.ObeyRobots)
            {
                var lookup = await _robots.GetAsync(current, FetchRobotsAsync, ct).ConfigureAwait(false);
                if (lookup.Error is not null) return FetchResult.Failure(current, 0, lookup.Error, lookup.Retryable);
                var policy = lookup.Policy!;
                if (!policy.IsAllowed(current))
                    return FetchResult.Failure(current, 0, policy.Reason ?? $"refused: robots.txt of {current.Host} disallows {current.PathAndQuery}", policy.DisallowAll);
                crawlDelay = policy.CrawlDelay;
            }

            var sent = hop == 0 ? conditions : conditions with { ETag = null, LastModified = null };
            var attempt = conditions.Retry
                ? await _retry.ExecuteAsync(
                    static (state, token) => new ValueTask<Attempt>(state.Fetcher.SendOnceAsync(state.Url, state.Conditions, state.Delay, token)),
                    (Fetcher: this, Url: current, Conditions: sent, Delay: crawlDelay), ct).ConfigureAwait(false)
                : await SendOnceAsync(current, sent, crawlDelay, ct).ConfigureAwait(false);

            if (attempt.Location is { } next)
            {
                current = next;
                continue;
            }
            if (attempt.Error is not null) return FetchResult.Failure(current, attempt.Status, attempt.Error, attempt.Retryable);
            return new FetchResult(attempt.Status, attempt.Body ?? [], attempt.ContentType, current, attempt.ETag,
                attempt.LastModified, attempt.Status == 304, null);
        }
    }

    private async Task<RobotsResponse> FetchRobotsAsync(Uri robotsUrl, CancellationToken ct)
    {
        var current = robotsUrl;
        for (var hop = 0; hop <= 5; hop++)
        {
            var attempt = await SendOnceAsync(current, new FetchConditions(ObeyRobots: false), null, ct).ConfigureAwait(false);
            if (attempt.Location is { } next)
            {
                current = next;
                continue;
            }
            return attempt.Status == 0 ? new RobotsResponse(0, null, attempt.Error, attempt.Retryable) : new RobotsResponse(attempt.Status, attempt.Body, null);
        }
        return new RobotsResponse(404, null, null); // a redirect chain that never ends: treat as no robots.txt (RFC 9309 §2.3.1.2)
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retry {Attempt} after {Delay}: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, string? error, TimeSpan delay);
}
