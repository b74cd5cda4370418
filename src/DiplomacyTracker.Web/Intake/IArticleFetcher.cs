namespace DiplomacyTracker.Web.Intake;

/// <summary>A page fetched for "Add article" by URL, or why it could not be.</summary>
public sealed record FetchOutcome(byte[]? Body, string? ContentType, string? FinalUrl, string? Error)
{
    public bool Succeeded => Body is not null;
}

/// <summary>Fetches a URL an editor typed. The scraper's PageFetcher (with its SSRF guard) implements it once on main.</summary>
public interface IArticleFetcher
{
    Task<FetchOutcome> FetchAsync(string url, CancellationToken ct);
}

/// <summary>Stands in until the scraper's guarded fetcher is on main: says plainly that fetching is not available.</summary>
public sealed class UnwiredArticleFetcher : IArticleFetcher
{
    public Task<FetchOutcome> FetchAsync(string url, CancellationToken ct) =>
        Task.FromResult(new FetchOutcome(null, null, null,
            $"Could not fetch {url}: fetching by URL is not available in this build yet. Paste the article's text instead."));
}
