using System.Collections.Concurrent;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Web.Scraping;

/// <summary>A "Scrape now" run: when it started, whether it is still going, and how it ended.</summary>
public sealed record ManualScrape(int SourceId, string Name, DateTimeOffset StartedUtc, DateTimeOffset? FinishedUtc = null, string? Outcome = null,
    SourceRunSummary? Summary = null)
{
    public bool Running => FinishedUtc is null;

    /// <summary>"ok: 3 new, 2 stored, 1 duplicate, 0 irrelevant, 0 failed", or why it did not run.</summary>
    public string Describe() => Summary is { } s
        ? $"{s.Outcome}: {s.NewItems} new, {s.Stored} stored, {s.Duplicates} duplicate, {s.Irrelevant} irrelevant, {s.Failed} failed"
        : Outcome ?? "running";
}

/// <summary>
/// "Scrape now" while the background scraper is off (Scraper:Enabled=false): one pass over that one source, run in
/// the background of the web app (the request returns at once), under the source's lease like any scrape, so the CLI
/// scraping the same source at the same moment is refused rather than doubled. The Sources page shows each run's
/// progress and result. One run per source at a time; stopping the app cancels a run between items.
/// </summary>
public sealed partial class ManualScrapes(ScrapePass pass, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ManualScrapes> logger)
{
    private readonly ConcurrentDictionary<int, ManualScrape> _runs = new();

    public IReadOnlyDictionary<int, ManualScrape> Runs => _runs;

    /// <summary>Starts a run for the source unless one is going; returns the run that is going.</summary>
    public ManualScrape Start(int sourceId, string name)
    {
        var started = new ManualScrape(sourceId, name, clock.GetUtcNow());
        var run = _runs.AddOrUpdate(sourceId, started, (_, existing) => existing.Running ? existing : started);
        if (ReferenceEquals(run, started)) _ = Task.Run(() => RunAsync(started));
        return run;
    }

    /// <summary>Waits for the source's run to end (tests).</summary>
    public async Task WaitAsync(int sourceId, CancellationToken ct)
    {
        while (_runs.TryGetValue(sourceId, out var run) && run.Running) await Task.Delay(20, ct);
    }

    private async Task RunAsync(ManualScrape run)
    {
        ManualScrape done;
        try
        {
            var summary = await pass.RunSourceAsync(run.SourceId, lifetime.ApplicationStopping);
            done = summary is null
                ? run with { FinishedUtc = clock.GetUtcNow(), Outcome = "not run: another scraper (the CLI?) holds this source right now" }
                : run with { FinishedUtc = clock.GetUtcNow(), Outcome = summary.Outcome, Summary = summary };
            LogDone(logger, run.Name, done.Describe());
        }
        catch (OperationCanceledException)
        {
            done = run with { FinishedUtc = clock.GetUtcNow(), Outcome = "stopped: the app is shutting down" };
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, run.Name);
            done = run with { FinishedUtc = clock.GetUtcNow(), Outcome = "failed: " + ex.GetBaseException().Message };
        }
        _runs[run.SourceId] = done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scrape now of {Name}: {Result}")]
    private static partial void LogDone(ILogger logger, string name, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scrape now of {Name} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string name);
}
