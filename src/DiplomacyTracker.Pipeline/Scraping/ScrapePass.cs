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
    /// <summary>Who holds a lease taken by this pass object (host, process id and start, instance: see <see cref="LeaseOwner"/>).</summary>
    public string Owner { get; } = LeaseOwner.ForThisProcess().ToString();

    /// <summary>How this host's processes are looked up when a lease's holder may be gone (tests replace it).</summary>
    public Func<int, LeaseOwner.ProcessSeen> ProcessLookup { get; set; } = LeaseOwner.Look;

    private readonly ConcurrentDictionary<int, byte> _held = new();

    /// <param name="progress">told of each source as it finishes (the CLI prints it at once), on the worker's thread.</param>
    public async Task<IReadOnlyList<SourceRunSummary>> RunAsync(CancellationToken ct, IProgress<SourceRunSummary>? progress = null)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            IReadOnlyList<int> reclaimed;
            using (await gate.EnterAsync(ct).ConfigureAwait(false))
                reclaimed = await SourceLease.ReclaimDeadAsync(db, Environment.MachineName, ProcessLookup, ct).ConfigureAwait(false);
            if (reclaimed.Count > 0) logger.LogWarning("Took back {Count} source lease(s) left by a scraper on this host that is gone: {Sources}", reclaimed.Count, reclaimed);
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
        _held[sourceId] = 0;
        try
        {
            var scraper = ActivatorUtilities.CreateInstance<SourceScraper>(scope.ServiceProvider);
            return await scraper.RunAsync(sourceId, budget, ct).ConfigureAwait(false);
        }
        finally
        {
            using (await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
                await SourceLease.ReleaseAsync(db, sourceId, Owner, CancellationToken.None).ConfigureAwait(false);
            _held.TryRemove(sourceId, out _);
        }
    }

    /// <summary>
    /// At shutdown: frees every lease this pass still holds (a source whose work did not end within the host's
    /// shutdown time would otherwise stay leased until the lease ran out).
    /// </summary>
    public async Task ReleaseAllAsync()
    {
        if (_held.IsEmpty) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        foreach (var sourceId in _held.Keys)
        {
            using (await gate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
                await SourceLease.ReleaseAsync(db, sourceId, Owner, CancellationToken.None).ConfigureAwait(false);
            _held.TryRemove(sourceId, out _);
        }
        logger.LogInformation("Released the source leases still held at shutdown");
    }
}
