using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Intake;

/// <summary>A page fetched for "Add article" by URL, or why it could not be.</summary>
public sealed record FetchOutcome(byte[]? Body, string? ContentType, string? FinalUrl, string? Error)
{
    public bool Succeeded => Body is not null;
}

/// <summary>Fetches a URL an editor typed, as an outcome the form can show (never an exception).</summary>
public interface IArticleFetcher
{
    Task<FetchOutcome> FetchAsync(string url, CancellationToken ct);
}

/// <summary>
/// Goes through the scraper's guarded fetcher (private addresses refused, size cap, timeouts). An editor waits for the
/// answer, so the page is asked for once, without the scraper's retries, within 1.5 times the request timeout (a
/// redirect may take a second request).
/// </summary>
public sealed class GuardedArticleFetcher(IPageFetcher fetcher, IOptions<ScraperOptions> options) : IArticleFetcher
{
    public async Task<FetchOutcome> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new FetchOutcome(null, null, null, $"'{url}' is not an http(s) URL.");
        var deadline = TimeSpan.FromSeconds(Math.Max(1, options.Value.RequestTimeoutSeconds) * 1.5);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(deadline);
        try
        {
            var page = await fetcher.FetchPageAsync(uri, bounded.Token, retry: false);
            return new FetchOutcome(page.Body, page.ContentType, page.FinalUrl.ToString(), null);
        }
        catch (PageFetchException ex)
        {
            return new FetchOutcome(null, null, null, $"Could not fetch {url}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchOutcome(null, null, null,
                $"Could not fetch {url}: no complete answer within {deadline.TotalSeconds:0.#} s. Try again later, or paste the article's text.");
        }
    }
}
