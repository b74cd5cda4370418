using DiplomacyTracker.Scraping;
using DiplomacyTracker.Web.Intake;

namespace DiplomacyTracker.Web.Scraping;

/// <summary>
/// "Add article by URL" through the scraper's guarded <see cref="PageFetcher"/>: SSRF guard on the resolved address,
/// size cap, timeouts, retries, per-host spacing. robots.txt is not consulted for a page an editor asked for.
/// </summary>
public sealed class ScraperArticleFetcher(PageFetcher fetcher) : IArticleFetcher
{
    public async Task<FetchOutcome> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new FetchOutcome(null, null, null, $"'{url}' is not an http(s) URL.");
        var result = await fetcher.FetchAsync(uri, new FetchConditions(ObeyRobots: false), ct);
        return result.Succeeded
            ? new FetchOutcome(result.Body, result.ContentType, result.FinalUrl.AbsoluteUri, null)
            : new FetchOutcome(null, null, null, $"Could not fetch {uri}: {result.Error}");
    }
}
