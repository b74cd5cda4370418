using Microsoft.Extensions.Caching.Memory;

namespace DiplomacyTracker.Web.Intake;

/// <summary>
/// Pages fetched for "Add article" by URL, kept ten minutes (32 MB at most), so "Save" after "Preview" stores exactly
/// the page the editor looked at instead of fetching it again (a live page may have changed, or the site may refuse a
/// second request). Only successful fetches are kept; a failure is tried again on the next click.
/// </summary>
public sealed class PreviewedPages : IDisposable
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = 32 * 1024 * 1024 });

    public bool TryGet(string url, out FetchOutcome page) => _pages.TryGetValue(Key(url), out page!);

    public void Keep(string url, FetchOutcome page)
    {
        if (!page.Succeeded) return;
        _pages.Set(Key(url), page, new MemoryCacheEntryOptions { Size = Math.Max(1, page.Body!.Length), AbsoluteExpirationRelativeToNow = KeepFor });
    }

    public void Dispose() => _pages.Dispose();

    private static string Key(string url) => url.Trim();
}

/// <summary>The guarded fetcher behind <see cref="PreviewedPages"/>: a URL fetched in the last ten minutes is not fetched again.</summary>
public sealed class PreviewedArticleFetcher(GuardedArticleFetcher fetcher, PreviewedPages pages) : IArticleFetcher
{
    public async Task<FetchOutcome> FetchAsync(string url, CancellationToken ct)
    {
        if (pages.TryGet(url, out var kept)) return kept;
        var page = await fetcher.FetchAsync(url, ct);
        pages.Keep(url, page);
        return page;
    }
}
