using System.Collections.Concurrent;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Scraping;

/// <summary>How one source's run went, for logs and the CLI.</summary>
public sealed record SourceRunSummary(int SourceId, string Name, string Outcome, int NewItems, int Stored, int Duplicates,
    int Irrelevant, int Failed)
{
    public bool Succeeded => !Outcome.StartsWith("failed", StringComparison.Ordinal);

    /// <summary>Entries the listing held that could not be used (no http(s) link, unreadable); logged with their reasons.</summary>
    public int Skipped { get; init; }
}

/// <summary>
/// One pass over the sources that are due (schedule reached, or "scrape now" requested, not paused, not leased by
/// another scraper): each runs under its own lease and time budget, up to <see cref="ScraperOptions.MaxConcurrentSources"/>
/// at once, so one slow or failing source never holds up the others. Singleton; each source gets its own DI scope.
/// </summary>
public sealed class ScrapePass(IServiceScopeFactory scopes, StoreWriteGate gate, IOptions<ScraperOptions> options, TimeProvider clock, ILogger<ScrapePass> logger)
{
    /// <summary>Who holds a lease taken by this pass object (host, process, instance).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <param name="progress">told of each source as it finishes (the CLI prints it at once), on the worker's thread.</param>
    public async Task<IReadOnlyList<SourceRunSummary>> RunAsync(CancellationToken ct, IProgress<SourceRunSummary>? progress = null)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.Sources.AsNoTracking()
                .Where(s => !s.IsPaused && (s.NextCheckUtc <= now || s.ScrapeRequestedUtc != null) && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now))
                .OrderBy(s => s.ScrapeRequestedUtc == null).ThenBy(s => s.NextCheckUtc)
                .Select(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
        }
        var results = new ConcurrentBag<SourceRunSummary>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxConcurrentSources), CancellationToken = ct };
        await Parallel.ForEachAsync(due, parallel, async (id, token) =>
        {
            try
            {
                if (await RunSourceAsync(id, token).ConfigureAwait(false) is { } summary)
                {
                    results.Add(summary);
                    progress?.Report(summary);
                }
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                // The source's own handler records failures; this catches what escaped it (e.g. the database was
                // unavailable), so one source never ends the pass for the others.
                logger.LogError(ex, "Scraping source {SourceId} failed", id);
                var failed = new SourceRunSummary(id, $"#{id}", "failed: " + ex.GetBaseException().Message, 0, 0, 0, 0, 0);
                results.Add(failed);
                progress?.Report(failed);
            }
        }).ConfigureAwait(false);
        return results.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs one source if its lease can be taken; null when another scraper holds it.</summary>
    public async Task<SourceRunSummary?> RunSourceAsync(int sourceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var budget = TimeSpan.FromSeconds(Math.Max(1, options.Value.SourceTimeoutSeconds));
        var now = clock.GetUtcNow().UtcDateTime;
        bool acquired;
        using (await gate.EnterAsync(ct).ConfigureAwait(false))
            acquired = await SourceLease.TryAcquireAsync(db, sourceId, Owner, now, now + budget + TimeSpan.FromSeconds(Math.Max(0, options.Value.LeaseMarginSeconds)), ct).ConfigureAwait(false);
        if (!acquired)
        {
            logger.LogDebug("Source {SourceId} is leased by another scraper; skipped", sourceId);
            return null;
        }
        try
        {
            var scraper = ActivatorUtilities.CreateInstance<SourceScraper>(scope.ServiceProvider);
            return await scraper.RunAsync(sourceId, budget, ct).ConfigureAwait(false);
        }
        finally
        {
            using (await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
                await SourceLease.ReleaseAsync(db, sourceId, Owner, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
