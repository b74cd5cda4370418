using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>One actor: who, roles over time, every spelling, latest statements, summits. A merged actor redirects to its target.</summary>
public sealed class DetailsModel(TrackerDbContext db, EditLog edits) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public List<StatementCard> Statements { get; private set; } = [];
    public int StatementCount { get; private set; }
    public List<SummitCard> Summits { get; private set; } = [];
    public List<EditRecord> Edits { get; private set; } = [];

    /// <summary>Actors merged into this one (for editors: each merge can be undone).</summary>
    public List<(int Id, string Name)> MergedHere { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Roles).Include(a => a.MergedInto)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (actor is null) return NotFound();
        if (actor.MergedInto is { } target) return RedirectPermanent($"/Actors/{target.Slug}");
        Actor = actor;
        var q = db.Statements.AsNoTracking().Where(s => s.SpeakerId == actor.Id && s.Review != ReviewState.Rejected);
        StatementCount = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(s => s.SaidUtc).ThenByDescending(s => s.Id).Take(20)
            .Select(s => new { s.Id, s.ArticleId, s.Article!.Title, s.Text, s.SpeakerText, s.SaidUtc, s.SaidLatestUtc, s.SaidPrecision, s.SaidOffsetMinutes })
            .ToListAsync(ct);
        var roles = await RoleLookup.LoadAsync(db, [actor.Id], ct);
        Statements = rows.Select(r =>
        {
            var said = SummitQueries.Date(r.SaidUtc, r.SaidLatestUtc, r.SaidPrecision, r.SaidOffsetMinutes);
            return new StatementCard(r.Id, r.ArticleId, r.Title, r.Text, actor.Id, actor.Name, actor.Slug, r.SpeakerText, said, roles.On(actor.Id, said));
        }).ToList();
        Summits = await SummitQueries.CardsAsync(db.Summits.Where(s => s.Participants.Any(p => p.ActorId == actor.Id))
            .OrderByDescending(s => s.StartUtc).Take(50), ct);
        Edits = await edits.HistoryAsync("Actor", actor.Id, ct);
        if (User.Identity?.IsAuthenticated == true)
            MergedHere = (await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == actor.Id).OrderBy(a => a.Name)
                .Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();
        return Page();
    }
}
