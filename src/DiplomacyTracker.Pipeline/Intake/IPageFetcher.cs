namespace DiplomacyTracker.Intake;

/// <summary>A page fetched for intake by URL: the body as sent, its Content-Type, and where redirects ended.</summary>
public sealed record FetchedPage(byte[] Body, string? ContentType, Uri FinalUrl);

/// <summary>
/// Fetches one page for "add article by URL" and `import &lt;url&gt;`, through the scraper's guarded fetcher
/// (private-address refusal, size cap, timeouts). Throws <see cref="PageFetchException"/> with a clear message.
/// </summary>
public interface IPageFetcher
{
    /// <param name="retry">false when a person waits for the answer: one attempt, no backoff.</param>
    Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken ct, bool retry = true);
}

/// <summary>A page that could not be fetched, with a message fit to show a person.</summary>
public sealed class PageFetchException(string message, Exception? inner = null) : Exception(message, inner);
