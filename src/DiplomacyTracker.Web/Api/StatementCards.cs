using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>One statement as a card, by id (the API and the statement permalink).</summary>
public static class StatementCards
{
    public static async Task<StatementCard?> ByIdAsync(TrackerDbContext db, ReadingSnapshot snapshot, int id, CancellationToken ct)
    {
        var r = await db.Statements.AsNoTracking().Where(s => s.Id == id && s.Review != ReviewState.Rejected)
            .Select(s => new
            {
                s.Id, s.ArticleId, ArticleTitle = s.Article!.Title, s.Text, s.SpeakerId, SpeakerName = s.Speaker != null ? s.Speaker.Name : null,
                SpeakerSlug = s.Speaker != null ? s.Speaker.Slug : null, s.SpeakerText, s.SaidUtc, s.SaidLatestUtc, s.SaidPrecision, s.SaidOffsetMinutes,
            }).FirstOrDefaultAsync(ct);
        if (r is null) return null;
        var said = SummitQueries.Date(r.SaidUtc, r.SaidLatestUtc, r.SaidPrecision, r.SaidOffsetMinutes);
        var role = RoleLookup.Of((await snapshot.GetAsync(ct)).Roles).On(r.SpeakerId, said);
        return new StatementCard(r.Id, r.ArticleId, r.ArticleTitle, r.Text, r.SpeakerId, r.SpeakerName, r.SpeakerSlug, r.SpeakerText, said, role);
    }
}
