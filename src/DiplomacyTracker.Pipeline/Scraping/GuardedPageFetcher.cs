using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// <see cref="IPageFetcher"/> for "add article by URL" and `import &lt;url&gt;`: the same guarded <see cref="PageFetcher"/>
/// (SSRF guard, size cap, timeouts, retries, per-host spacing). robots.txt is not consulted: a person asked for this
/// one page, as a browser would; robots.txt governs the unattended scraper.
/// </summary>
public sealed class GuardedPageFetcher(PageFetcher fetcher) : IPageFetcher
{
    public async Task<FetchedPage> FetchPageAsync(Uri url, CancellationToken ct, bool retry = true)
    {
        var result = await fetcher.FetchAsync(url, new FetchConditions(ObeyRobots: false, Retry: retry), ct).ConfigureAwait(false);
        if (!result.Succeeded) throw new PageFetchException(result.Error!);
        return new FetchedPage(result.Body, result.ContentType, result.FinalUrl);
    }
}
