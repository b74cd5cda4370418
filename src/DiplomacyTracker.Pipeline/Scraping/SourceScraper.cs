using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Scrapes one source (the caller holds its lease): fetch and parse the listing, remember new items as
/// <see cref="FeedItem"/> rows, then fetch and store each due item. Network calls happen outside any database
/// write; each database change is one short SaveChanges. Health and schedule are written at the end.
/// </summary>
public sealed partial class SourceScraper(TrackerDbContext db, PageFetcher fetcher, IServiceScopeFactory scopes, StoreWriteGate gate,
    IOptions<ScraperOptions> options, TimeProvider clock, ILogger<SourceScraper> logger)
{
    private readonly ScraperOptions _options = options.Value;

    public async Task<SourceRunSummary> RunAsync(int sourceId, TimeSpan budget, CancellationToken shutdown)
    {
        var source = await db.Sources.FirstAsync(s => s.Id == sourceId, shutdown).ConfigureAwait(false);
        var counts = new RunCounts();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        timeout.CancelAfter(budget); // wall clock: a hung site must not hold the source forever
        var started = clock.GetUtcNow().UtcDateTime;
        source.LastAttemptUtc = started;
        string outcome;
        try
        {
            var listing = await ReadListingAsync(source, timeout.Token).ConfigureAwait(false);
            if (listing is not null)
            {
                var tally = await RememberItemsAsync(source, listing, timeout.Token).ConfigureAwait(false);
                (counts.New, counts.Skipped) = (tally.New, tally.Skipped);
            }
            await ProcessDueItemsAsync(source, counts, timeout.Token).ConfigureAwait(false);
            outcome = listing is null ? "not modified" : "ok";
            var now = clock.GetUtcNow().UtcDateTime;
            source.ConsecutiveFailures = 0;
            source.LastError = null;
            source.LastSuccessUtc = now;
            source.NextCheckUtc = now + TimeSpan.FromMinutes(Math.Max(1, source.IntervalMinutes));
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Shutting down: what was stored is stored; the schedule stays as it was so the source is due next start.
            db.ChangeTracker.Clear();
            throw;
        }
        catch (Exception ex)
        {
            // Anything else — budget exceeded, a bug, a database error — fails this source only, visibly, with backoff.
            var error = ex switch
            {
                SourceFailure => ex.Message,
                OperationCanceledException => $"timed out after {budget.TotalSeconds:0} s",
                _ => $"unexpected error: {ex.GetBaseException().Message}",
            };
            if (ex is not (SourceFailure or OperationCanceledException)) LogUnexpected(logger, ex, source.Name);
            DetachPendingWrites();
            outcome = "failed: " + error;
            source.ConsecutiveFailures++;
            source.LastError = error;
            source.NextCheckUtc = clock.GetUtcNow().UtcDateTime
                + Backoff.ForSource(source.IntervalMinutes, source.ConsecutiveFailures, TimeSpan.FromHours(Math.Max(1, _options.MaxBackoffHours)));
            LogSourceFailed(logger, source.Name, source.ConsecutiveFailures, error, source.NextCheckUtc);
        }
        source.ScrapeRequestedUtc = null;
        await SaveAsync().ConfigureAwait(false);
        return new SourceRunSummary(source.Id, source.Name, outcome, counts.New, counts.Stored, counts.Duplicates, counts.Irrelevant, counts.Failed)
        {
            Skipped = counts.Skipped,
        };
    }

    /// <summary>The listing's entries and the ones it skipped, or null when the server says it has not changed (304).</summary>
    private async Task<Listing?> ReadListingAsync(Source source, CancellationToken ct)
    {
        var url = new Uri(source.Url);
        var fetch = await fetcher.FetchAsync(url, new FetchConditions(source.ETag, source.LastModified), ct).ConfigureAwait(false);
        if (!fetch.Succeeded) throw new SourceFailure(fetch.Error!);
        if (fetch.NotModified) return null;
        var zone = FeedDates.FindZone(source.TimeZone);
        var document = Parse(source, fetch, zone);
        if (document.Problem is not null) LogMalformed(logger, source.Name, source.Url, document.Problem, document.Entries.Count);
        var entries = document.Entries.ToList();
        var skipped = document.Skipped.ToList();
        var childErrors = new List<string>();
        foreach (var child in document.ChildSitemaps.Take(Math.Max(1, _options.MaxChildSitemaps)))
        {
            var childFetch = await fetcher.FetchAsync(child, null, ct).ConfigureAwait(false);
            if (!childFetch.Succeeded) { childErrors.Add(childFetch.Error!); continue; }
            try
            {
                var childDocument = FeedParser.Parse(childFetch.Body, childFetch.ContentType, childFetch.FinalUrl, zone); // one level deep: grandchildren ignored
                if (childDocument.Problem is not null) LogMalformed(logger, source.Name, child.AbsoluteUri, childDocument.Problem, childDocument.Entries.Count);
                entries.AddRange(childDocument.Entries);
                skipped.AddRange(childDocument.Skipped);
            }
            catch (FeedFormatException ex) { childErrors.Add($"{child}: {ex.Message}"); }
        }
        if (document.ChildSitemaps.Count > 0 && entries.Count == 0 && childErrors.Count > 0)
            throw new SourceFailure($"every child sitemap failed; first: {childErrors[0]}");
        // Only now that the listing was read is its validator worth keeping (else a 304 would hide a bad copy for good).
        source.ETag = fetch.ETag;
        source.LastModified = fetch.LastModified;
        return new Listing(entries, skipped);
    }

    /// <summary>What a listing (with its child sitemaps) yielded.</summary>
    private sealed record Listing(List<FeedEntry> Entries, List<FeedSkip> Skipped);

    private static FeedDocument Parse(Source source, FetchResult fetch, TimeZoneInfo zone)
    {
        try
        {
            return source.Kind == SourceKind.Listing
                ? ListingParser.Parse(fetch.Body, fetch.ContentType, fetch.FinalUrl, source.LinkSelector, zone)
                : FeedParser.Parse(fetch.Body, fetch.ContentType, fetch.FinalUrl, zone);
        }
        catch (FeedFormatException ex)
        {
            throw new SourceFailure($"{source.Url}: {ex.Message}");
        }
    }

    /// <summary>Writes pending changes through the <see cref="StoreWriteGate"/>; not cancellable, so an outcome already stored is always recorded.</summary>
    private async Task SaveAsync()
    {
        using (await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>After a failure, drops unsaved item changes so the health update below is all that is written.</summary>
    private void DetachPendingWrites()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not Source).ToList())
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }

    private sealed class RunCounts
    {
        public int New, Stored, Duplicates, Irrelevant, Failed, Skipped;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error scraping {Name}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing {Name} is malformed XML ({Url}: {Problem}); {Salvaged} entries salvaged")]
    private static partial void LogMalformed(ILogger logger, string name, string url, string problem, int salvaged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Name} failing ({Failures}): {Error}; next check {NextCheck:u}")]
    private static partial void LogSourceFailed(ILogger logger, string name, int failures, string error, DateTime nextCheck);
}

/// <summary>The source's listing could not be fetched or read; the message is the one line shown as its last error.</summary>
public sealed class SourceFailure(string message) : Exception(message);
