using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages;

/// <summary>Projects summits into cards (the one projection the summit catalog, the summit pages and actor pages share).</summary>
public static class SummitQueries
{
    public static async Task<List<SummitCard>> CardsAsync(IQueryable<Summit> query, CancellationToken ct)
    {
        var rows = await query.Select(s => new
        {
            s.Id, s.Title, s.Status, s.StartUtc, s.StartLatestUtc, s.StartPrecision, s.EndUtc, s.EndLatestUtc, s.EndPrecision, s.OffsetMinutes,
            s.Location, s.Outcome, s.CreatedUtc, s.UpdatedUtc,
            Participants = s.Participants.Select(p => new ActorLink(p.ActorId, p.Actor!.Name, p.Actor.Slug, p.Actor.Country)).ToList(),
        }).ToListAsync(ct);
        return rows.Select(r => new SummitCard(r.Id, r.Title, r.Status,
            Date(r.StartUtc, r.StartLatestUtc, r.StartPrecision, r.OffsetMinutes),
            Date(r.EndUtc, r.EndLatestUtc, r.EndPrecision, r.OffsetMinutes),
            r.Location, r.Participants.OrderBy(p => p.Name).ToList(), r.Outcome,
            DateTime.SpecifyKind(r.CreatedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(r.UpdatedUtc, DateTimeKind.Utc))).ToList();
    }

    public static FuzzyDate? Date(DateTime? start, DateTime? latest, DatePrecision precision, int offset) =>
        start is { } s && precision != DatePrecision.Unknown ? new FuzzyDate(s, latest ?? s, precision, offset) : null;
}
