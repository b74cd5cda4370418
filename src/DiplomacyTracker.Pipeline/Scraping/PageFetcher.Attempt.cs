using System.Net.Http.Headers;

namespace DiplomacyTracker.Scraping;

public sealed partial class PageFetcher
{
    /// <summary>One request's outcome: a body, a redirect target, or an error (retryable or not).</summary>
    private sealed record Attempt(int Status, byte[]? Body = null, string? ContentType = null, string? ETag = null,
        string? LastModified = null, Uri? Location = null, TimeSpan? RetryAfter = null, string? Error = null, bool Retryable = false);

    private async Task<Attempt> SendOnceAsync(Uri url, FetchConditions conditions, TimeSpan? crawlDelay, CancellationToken ct)
    {
        using var slot = await _throttle.AcquireAsync(url.Host, crawlDelay, ct).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, _options.RequestTimeoutSeconds))); // wall clock, on purpose
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8");
        if (conditions.ETag is { Length: > 0 } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (conditions.LastModified is { Length: > 0 } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location;
                return location is null
                    ? new Attempt(status, Error: $"HTTP {status} from {url} without a Location header")
                    : new Attempt(status, Location: location.IsAbsoluteUri ? location : new Uri(url, location));
            }
            var etagOut = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.ToString("R");
            if (status == 304) return new Attempt(304, ETag: etagOut ?? conditions.ETag, LastModified: lastModified ?? conditions.LastModified);
            if (status is < 200 or >= 300)
            {
                var retryable = status is 408 or 429 or >= 500;
                return new Attempt(status, RetryAfter: retryable ? ReadRetryAfter(response.Headers.RetryAfter) : null,
                    Error: $"HTTP {status} {response.ReasonPhrase} from {url}", Retryable: retryable);
            }
            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBodyBytes)
                return new Attempt(status, Error: $"refused: {url} is {declared:N0} bytes, over the {_options.MaxBodyBytes:N0}-byte limit");
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            var body = await ReadCappedAsync(stream, _options.MaxBodyBytes, response.Content.Headers.ContentLength, timeout.Token).ConfigureAwait(false);
            if (body is null)
                return new Attempt(status, Error: $"refused: {url} is over the {_options.MaxBodyBytes:N0}-byte limit");
            return new Attempt(status, body, response.Content.Headers.ContentType?.ToString(), etagOut, lastModified);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Attempt(0, Error: $"timed out after {_options.RequestTimeoutSeconds} s fetching {url}", Retryable: true);
        }
        catch (Exception ex) when (FindRefusal(ex) is { } refusal)
        {
            return new Attempt(0, Error: refusal.Message);
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(0, Error: $"network error fetching {url}: {Innermost(ex).Message}", Retryable: true);
        }
        catch (IOException ex)
        {
            return new Attempt(0, Error: $"connection broken while reading {url} (truncated body): {Innermost(ex).Message}", Retryable: true);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream has more.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long limit, long? declaredLength, CancellationToken ct)
    {
        using var buffer = new MemoryStream(declaredLength is > 0 and <= 1 << 24 ? (int)declaredLength.Value : 16 * 1024);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - _clock.GetUtcNow() : null);
        if (wait is null) return null;
        var cap = TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    private static AddressRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is AddressRefusedException refused) return refused;
        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
