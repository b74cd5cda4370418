using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Something loaded from the store and shared by every request until a save makes it stale.</summary>
public interface IStoreSnapshot
{
    /// <summary>After a save in this process: the next request loads afresh.</summary>
    void Invalidate();
}

/// <summary>
/// Small reading data loaded once and shared: rebuilt by the first request after a save in this process (the
/// page-cache interceptors call <see cref="Invalidate"/>), else after <see cref="FreshFor"/> (writes from the CLI).
/// A load begun before a save is never served after it (a generation number, as in TimelineOverview).
/// </summary>
public abstract class StoreSnapshot<T>(IServiceScopeFactory scopes, TimeProvider clock) : IStoreSnapshot where T : class
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _build = new(1, 1);
    private (T Value, long Generation, DateTimeOffset At)? _current;
    private long _generation;

    public async Task<T> GetAsync(CancellationToken ct)
    {
        if (Fresh() is { } value) return value;
        await _build.WaitAsync(ct);
        try
        {
            if (Fresh() is { } built) return built; // another request loaded it meanwhile
            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            var loaded = await LoadAsync(db, ct);
            _current = (loaded, generation, clock.GetUtcNow());
            return loaded;
        }
        finally
        {
            _build.Release();
        }
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    protected abstract Task<T> LoadAsync(TrackerDbContext db, CancellationToken ct);

    private T? Fresh() =>
        _current is { } c && c.Generation == Interlocked.Read(ref _generation) && clock.GetUtcNow() - c.At < FreshFor ? c.Value : null;
}
