using Microsoft.AspNetCore.OutputCaching;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// What an instance keeps from the store for readers — the timeline's counts, the store snapshots (actor names and
/// roles, every summit as a card) and the output cache's pages — dropped together after a save in this process
/// (<see cref="ReadingPageCache.EvictOnSave"/>) or one another instance made (<see cref="StoreChangeWatch"/>).
/// The data goes before the pages, so a page rendered after the eviction is rendered from fresh data.
/// </summary>
public sealed class ReadingCaches(IOutputCacheStore pages, Pages.TimelineOverview overview, IEnumerable<IStoreSnapshot> snapshots)
{
    public async ValueTask DropAsync(CancellationToken ct)
    {
        DropData();
        await pages.EvictByTagAsync(ReadingPageCache.Tag, ct);
    }

    public void Drop()
    {
        DropData();
        pages.EvictByTagAsync(ReadingPageCache.Tag, default).AsTask().GetAwaiter().GetResult();
    }

    private void DropData()
    {
        overview.Invalidate();
        foreach (var snapshot in snapshots) snapshot.Invalidate();
    }
}
