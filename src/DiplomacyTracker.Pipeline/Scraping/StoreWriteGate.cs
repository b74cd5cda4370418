namespace DiplomacyTracker.Scraping;

/// <summary>
/// Lets one scraper task at a time write its bookkeeping (leases, feed items, source health) within this process.
/// SQLite allows a single writer anyway; queueing these small writes here instead of in SQLite's busy handler (which
/// sleeps in growing steps) keeps concurrent sources from idling. Article saves are not behind it (their duplicate
/// search should run in parallel); they and other processes meet at the database's busy timeout. Never held across a network call.
/// </summary>
public sealed class StoreWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        return new Exit(_gate);
    }

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }
}
