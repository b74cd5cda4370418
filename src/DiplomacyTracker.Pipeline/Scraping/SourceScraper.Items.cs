using System.Net;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Scraping;

public sealed partial class SourceScraper
{
    /// <summary>
    /// Adds a Pending <see cref="FeedItem"/> for each entry not seen before (<see cref="FeedItemKeys"/>: by feed GUID,
    /// else normalised URL; a known GUID with another link is a new story). Every entry is counted and the counts
    /// logged; skipped ones with their reasons.
    /// </summary>
    private async Task<ListingTally> RememberItemsAsync(Source source, Listing listing, CancellationToken ct)
    {
        var entries = listing.Entries
            .Select(e => e with { Url = TrackingParameters.Strip(e.Url) }) // fetch and store the link without its analytics tags
            .Select(e => (Entry: e, NormalizedUrl: TrackingParameters.StoreKey(e.Url))).ToList();
        var candidates = entries.SelectMany(e => FeedItemKeys.Candidates(e.Entry, e.NormalizedUrl)).Distinct(StringComparer.Ordinal).ToList();
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in candidates.Chunk(500)) // bounded IN lists
            foreach (var row in await db.FeedItems.Where(f => f.SourceId == source.Id && chunk.Contains(f.Guid))
                         .Select(f => new { f.Guid, f.NormalizedUrl }).ToListAsync(ct).ConfigureAwait(false))
                known[row.Guid] = row.NormalizedUrl;
        var (added, tally) = FeedItemKeys.Assign(entries, known, listing.Skipped.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, key, normalizedUrl) in added)
        {
            db.FeedItems.Add(new FeedItem
            {
                SourceId = source.Id, Guid = key, Url = entry.Url, NormalizedUrl = normalizedUrl,
                Title = entry.TitleText is { } title ? Truncate(title, 1000) : null,
                // What the feed carried about the story: full content when given, else the description (used if the page cannot be had).
                Summary = entry.ContentHtml ?? entry.Summary, PublishedUtc = entry.Published?.UtcDateTime,
                State = FeedItemState.Pending, NextAttemptUtc = now, FirstSeenUtc = now,
            });
        }
        source.ItemsSeen += added.Count;
        if (added.Count > 0) await SaveAsync().ConfigureAwait(false);
        LogListing(logger, source.Name, tally.Entries, tally.New, tally.Known, tally.Repeated, tally.SharedGuid, tally.Skipped);
        if (listing.Skipped.Count > 0)
            LogSkipped(logger, source.Name, listing.Skipped.Count, string.Join("; ", listing.Skipped.GroupBy(s => s.Reason)
                .Select(g => $"{g.Count()} × {g.Key}").Take(5)));
        return tally;
    }

    private async Task ProcessDueItemsAsync(Source source, RunCounts counts, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.FeedItems
            .Where(f => f.SourceId == source.Id && (f.State == FeedItemState.Pending
                        || (f.State == FeedItemState.Failed && f.NextAttemptUtc != null && f.NextAttemptUtc <= now)))
            .OrderBy(f => f.FirstSeenUtc).ThenBy(f => f.Id)
            .Take(Math.Max(1, _options.MaxItemsPerPass))
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var item in due)
        {
            ct.ThrowIfCancellationRequested(); // stop between items, never inside one
            await ProcessItemAsync(source, item, counts, ct).ConfigureAwait(false);
        }
    }

    private async Task ProcessItemAsync(Source source, FeedItem item, RunCounts counts, CancellationToken ct)
    {
        var wasFailed = item.State == FeedItemState.Failed;
        item.Attempts++;
        item.LastAttemptUtc = clock.GetUtcNow().UtcDateTime;

        // Already stored (another feed, or the same story under tracking parameters): no fetch needed.
        var known = await db.Articles.AsNoTracking().Where(a => a.NormalizedUrl == item.NormalizedUrl)
            .Select(a => new { a.Id, a.SourceId }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (known is not null)
        {
            if (known.SourceId != source.Id
                && !await db.ArticleSightings.AnyAsync(s => s.ArticleId == known.Id && s.SourceId == source.Id, ct).ConfigureAwait(false))
                db.ArticleSightings.Add(new ArticleSighting
                {
                    ArticleId = known.Id, SourceId = source.Id, Url = item.Url, Title = item.Title, Reason = "url", SeenUtc = item.LastAttemptUtc.Value,
                });
            await FinishAsync(source, item, wasFailed, new ItemOutcome(FeedItemState.Duplicate, known.Id, "url"), counts).ConfigureAwait(false);
            return;
        }

        var fetch = await fetcher.FetchAsync(new Uri(item.Url), null, ct).ConfigureAwait(false);
        byte[] body;
        string? contentType;
        string url;
        if (fetch.Succeeded)
            (body, contentType, url) = (fetch.Body, fetch.ContentType, fetch.FinalUrl.AbsoluteUri);
        else if (!fetch.Retryable && FeedContentPage(item) is { } fromFeed)
            (body, contentType, url) = (fromFeed, "text/html; charset=utf-8", item.Url); // page refused for good: the feed's own copy will do
        else
        {
            await FailAsync(source, item, wasFailed, fetch.Error!, counts).ConfigureAwait(false);
            return;
        }

        ItemOutcome outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope(); // the sink gets its own DbContext and transaction
            var sink = scope.ServiceProvider.GetRequiredService<IArticleSink>();
            var published = item.PublishedUtc is { } p ? new DateTimeOffset(p, TimeSpan.Zero) : (DateTimeOffset?)null;
            outcome = await sink.StoreAsync(new ScrapedArticle(body, contentType, url, clock.GetUtcNow(), source.Id, item.Guid,
                source.TimeZone, source.ContentSelector, item.Title, published), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailAsync(source, item, wasFailed, $"storing failed: {ex.GetBaseException().Message}", counts).ConfigureAwait(false);
            return;
        }
        await FinishAsync(source, item, wasFailed, outcome, counts).ConfigureAwait(false);
    }

    private async Task FinishAsync(Source source, FeedItem item, bool wasFailed, ItemOutcome outcome, RunCounts counts)
    {
        item.State = outcome.State;
        item.ArticleId = outcome.ArticleId;
        item.LastError = null;
        item.NextAttemptUtc = null;
        if (wasFailed) source.ItemsFailed = Math.Max(0, source.ItemsFailed - 1);
        switch (outcome.State)
        {
            case FeedItemState.Stored: source.ItemsNew++; counts.Stored++; break;
            case FeedItemState.Duplicate: source.ItemsDuplicate++; counts.Duplicates++; break;
            case FeedItemState.Irrelevant: source.ItemsIrrelevant++; counts.Irrelevant++; break;
        }
        await SaveAsync().ConfigureAwait(false); // the outcome is already stored; record it even when stopping
    }

    private async Task FailAsync(Source source, FeedItem item, bool wasFailed, string error, RunCounts counts)
    {
        item.State = FeedItemState.Failed;
        item.LastError = Truncate(error, 2000);
        item.NextAttemptUtc = item.Attempts >= _options.MaxItemAttempts
            ? null // given up: stays visible as failed, no more retries
            : clock.GetUtcNow().UtcDateTime + Backoff.ForItem(item.Attempts, TimeSpan.FromHours(Math.Max(1, _options.MaxBackoffHours)));
        if (!wasFailed) source.ItemsFailed++;
        counts.Failed++;
        await SaveAsync().ConfigureAwait(false);
    }

    /// <summary>The feed's full content wrapped as a page, when it carried enough of the story to stand in for it.</summary>
    private static byte[]? FeedContentPage(FeedItem item)
    {
        if (item.Summary is not { Length: >= 500 } content) return null;
        var title = WebUtility.HtmlEncode(item.Title ?? "");
        return System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1>{content}</article></body></html>");
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {Name}: {Entries} entries, {New} new ({SharedGuid} sharing a known GUID with another link), {Known} known, {Repeated} repeated, {Skipped} skipped")]
    private static partial void LogListing(ILogger logger, string name, int entries, int @new, int known, int repeated, int sharedGuid, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing {Name}: {Skipped} entries skipped: {Reasons}")]
    private static partial void LogSkipped(ILogger logger, string name, int skipped, string reasons);
}
