using System.Globalization;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// GET /api/timeline: what the visual timeline draws for the timeline's filters — every matching summit (status,
/// overdue, participants and their countries for the lanes) and statements per KST month (the shared counts when
/// unfiltered; grouped for one actor or country). Statements themselves come from /api/statements when zoomed in.
/// </summary>
public static class TimelineData
{
    public static async Task<Results<Ok<ApiTimeline>, ProblemHttpResult>> GetAsync(SummitCatalog catalog, TimelineOverview overview, TrackerDbContext db,
        SpeakerLookup speakers, TimeProvider clock, string? actor, string? country, SummitStatus? status, CancellationToken ct)
    {
        int? actorId = null;
        if (!string.IsNullOrWhiteSpace(actor))
        {
            if ((await speakers.MatchAsync(actor, ct)).Single is not { } one) return ApiEndpoints.Missing($"single actor known as “{actor}”");
            actorId = one.Id;
        }
        var code = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        var summits = SummitCatalog.Filter(await catalog.GetAsync(ct), actorId, code, status).Where(s => s.Start is not null)
            .Select(s => ApiSummit.Of(s, now)).ToList();
        IReadOnlyList<ApiMonthCount> months = status is not null ? []
            : actorId is null && code is null ? (await overview.GetCountsAsync()).Months.Select(m => new ApiMonthCount(m.Month, m.Statements)).ToList()
            : await GroupedAsync(db, actorId, code, ct);
        var firsts = summits.Select(s => s.Start!.Iso[..Math.Min(7, s.Start.Iso.Length)]).Concat(months.Select(m => m.Month)).Where(m => m.Length == 7).Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new ApiTimeline(summits, months, firsts.FirstOrDefault(), firsts.LastOrDefault()));
    }

    /// <summary>One actor's (or one country's speakers') statements per KST month, grouped by the database.</summary>
    private static async Task<List<ApiMonthCount>> GroupedAsync(TrackerDbContext db, int? actorId, string? country, CancellationToken ct)
    {
        var q = db.Statements.AsNoTracking().Where(s => s.SaidUtc != null && s.Review != ReviewState.Rejected);
        if (actorId is { } id) q = q.Where(s => s.SpeakerId == id);
        if (country is not null) q = q.Where(s => s.Speaker!.Country == country);
        var rows = await q.Select(s => s.SaidUtc!.Value.AddHours(9)).GroupBy(d => new { d.Year, d.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        return rows.OrderBy(r => r.Year).ThenBy(r => r.Month)
            .Select(r => new ApiMonthCount(string.Create(CultureInfo.InvariantCulture, $"{r.Year:D4}-{r.Month:D2}"), r.Count)).ToList();
    }
}
