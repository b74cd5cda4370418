using DiplomacyTracker.Intake;

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

/// <summary>Goes through the scraper's guarded fetcher (private addresses refused, size cap, timeouts).</summary>
public sealed class GuardedArticleFetcher(IPageFetcher fetcher) : IArticleFetcher
{
    public async Task<FetchOutcome> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new FetchOutcome(null, null, null, $"'{url}' is not an http(s) URL.");
        try
        {
            var page = await fetcher.FetchPageAsync(uri, ct);
            return new FetchOutcome(page.Body, page.ContentType, page.FinalUrl.ToString(), null);
        }
        catch (PageFetchException ex)
        {
            return new FetchOutcome(null, null, null, $"Could not fetch {url}: {ex.Message}");
        }
    }
}
