namespace DiplomacyTracker.Scraping;

/// <summary>What the caller already has, for a conditional GET, and whether robots.txt applies.</summary>
public sealed record FetchConditions(string? ETag = null, string? LastModified = null, bool ObeyRobots = true, bool Retry = true);

/// <summary>
/// The outcome of <see cref="PageFetcher.FetchAsync"/>. Failures do not throw: <see cref="Error"/> carries one
/// clear line ("HTTP 500 from ...", "refused: ... resolves to a private address", "refused: page larger than ...")
/// and <see cref="Retryable"/> says whether trying again later can help.
/// </summary>
/// <param name="Status">The final HTTP status, or 0 when no response was received.</param>
/// <param name="Body">The (decompressed) body; empty on failure and on 304.</param>
/// <param name="FinalUrl">The URL after redirects.</param>
/// <param name="NotModified">True on 304: the caller's copy is current.</param>
public sealed record FetchResult(int Status, byte[] Body, string? ContentType, Uri FinalUrl, string? ETag,
    string? LastModified, bool NotModified, string? Error)
{
    /// <summary>For failures: whether the error is transient (5xx, 429, timeout, network) rather than permanent (404, size, SSRF, robots).</summary>
    public bool Retryable { get; init; }

    public bool Succeeded => Error is null;

    internal static FetchResult Failure(Uri url, int status, string error, bool retryable) =>
        new(status, [], null, url, null, null, false, error) { Retryable = retryable };
}

/// <summary>Thrown by <see cref="FetchResult"/> users that need an exception (e.g. the CLI) — see <see cref="FetchResultExtensions.EnsureSucceeded"/>.</summary>
public sealed class FetchException(string message, int status, bool retryable) : Exception(message)
{
    public int Status { get; } = status;
    public bool Retryable { get; } = retryable;
}

public static class FetchResultExtensions
{
    /// <summary>Returns the result when it succeeded, else throws a <see cref="FetchException"/> carrying its error.</summary>
    public static FetchResult EnsureSucceeded(this FetchResult result) =>
        result.Error is null ? result : throw new FetchException(result.Error, result.Status, result.Retryable);
}
