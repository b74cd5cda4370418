using System.Data.Common;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Notices saves made by other instances and by the CLI: at most every <see cref="CheckEvery"/>, the first request to
/// come reads the store's change number (<see cref="StoreGenerationBump"/>, one row by its key) and, when it moved,
/// drops this instance's reading caches as a save of its own would. Requests arriving meanwhile do not wait for it.
/// So a change made anywhere shows on every instance within <see cref="CheckEvery"/> (plus, in a race with a page being
/// rendered, the output cache's 10 s).
/// </summary>
public sealed class StoreChangeWatch(IServiceScopeFactory scopes, TimeProvider clock, ReadingCaches caches, ILogger<StoreChangeWatch> logger)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private bool _checking;
    private long? _seen;

    public async ValueTask CheckAsync()
    {
        lock (_gate)
        {
            if (_checking || clock.GetUtcNow() - _checkedAt < CheckEvery) return;
            _checking = true;
        }
        var checkedAt = clock.GetUtcNow();
        try
        {
            long generation;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
                await db.Database.OpenConnectionAsync();
                generation = await StoreGenerationBump.ReadAsync(db.Database.GetDbConnection(), CancellationToken.None);
            }
            // Dropped before the number is taken as seen: a request that finds the check done finds the caches dropped.
            if (_seen != generation) // the first check too: nothing loaded before it may be kept
            {
                logger.LogDebug("Store changed elsewhere (generation {Generation}): reading caches dropped", generation);
                await caches.DropAsync(CancellationToken.None);
            }
            _seen = generation;
        }
        catch (DbException e)
        {
            logger.LogWarning(e, "Could not read the store's change number ({Error}); reading caches expire on their own", e.Message);
        }
        finally
        {
            lock (_gate)
            {
                _checkedAt = checkedAt;
                _checking = false;
            }
        }
    }
}
