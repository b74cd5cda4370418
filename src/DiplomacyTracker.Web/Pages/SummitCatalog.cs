using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;

namespace DiplomacyTracker.Web.Pages;

/// <summary>
/// Every summit as a card, newest first (unknown dates last), held in memory: there are hundreds, not millions, and the
/// timeline, its visual axis, the summit list, the feeds and the calendar all filter the same set. Loading it per
/// request was a tenth of an uncached timeline's CPU (two queries with the participants); it is reloaded after a save.
/// </summary>
public sealed class SummitCatalog(IServiceScopeFactory scopes, TimeProvider clock) : StoreSnapshot<IReadOnlyList<SummitCard>>(scopes, clock)
{
    protected override async Task<IReadOnlyList<SummitCard>> LoadAsync(TrackerDbContext db, CancellationToken ct) =>
        await SummitQueries.CardsAsync(db.Summits.OrderByDescending(s => s.StartUtc != null).ThenByDescending(s => s.StartUtc).ThenByDescending(s => s.Id), ct);

    /// <summary>The summits with the timeline's filters: a participant, a participant's country, a status, an overlap with [from, to].</summary>
    public static IEnumerable<SummitCard> Filter(IEnumerable<SummitCard> summits, int? actorId = null, string? country = null,
        Analysis.SummitStatus? status = null, DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        foreach (var s in summits)
        {
            if (actorId is { } id && !s.Participants.Any(p => p.Id == id)) continue;
            if (country is not null && !s.Participants.Any(p => string.Equals(p.Country, country, StringComparison.OrdinalIgnoreCase))) continue;
            if (status is { } st && s.Status != st) continue;
            if (toUtc is { } to && (s.Start is not { } start || start.EarliestUtc > to)) continue;
            if (fromUtc is { } from && (s.LatestUtc is not { } last || last < from)) continue;
            yield return s;
        }
    }
}
