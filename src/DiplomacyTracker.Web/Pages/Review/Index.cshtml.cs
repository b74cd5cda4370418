using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Review;

/// <summary>What the analysis was unsure of: discovered actors, low-confidence statements, borderline articles.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const double ConfidenceThreshold = 0.7;
    public const int PerList = 50;

    public sealed record ActorRow(int Id, string Name, string Slug, string? Country, int Statements);
    public sealed record StatementRow(int Id, int ArticleId, string Text, string? Speaker, string? SpeakerText, double Confidence);
    public sealed record ArticleRow(int Id, string Title, double Score);

    public List<ActorRow> Actors { get; private set; } = [];
    public List<StatementRow> Statements { get; private set; } = [];
    public List<ArticleRow> Articles { get; private set; } = [];
    public bool Empty => Actors.Count == 0 && Statements.Count == 0 && Articles.Count == 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actors = await db.Actors.AsNoTracking().Where(a => a.Origin == ActorOrigin.Discovered && a.Review == ReviewState.Pending && a.MergedIntoId == null)
            .OrderBy(a => a.Name).Take(PerList)
            .Select(a => new ActorRow(a.Id, a.Name, a.Slug, a.Country, db.Statements.Count(s => s.SpeakerId == a.Id))).ToListAsync(ct);
        Statements = await db.Statements.AsNoTracking()
            .Where(s => s.Review == ReviewState.Pending || (s.Review == ReviewState.None && s.Confidence < ConfidenceThreshold && s.EditedUtc == null))
            .OrderBy(s => s.Confidence).ThenByDescending(s => s.Id).Take(PerList)
            .Select(s => new StatementRow(s.Id, s.ArticleId, s.Text, s.Speaker != null ? s.Speaker.Name : null, s.SpeakerText, s.Confidence)).ToListAsync(ct);
        Articles = await db.Articles.AsNoTracking().Where(a => a.RelevanceBorderline && !a.RelevanceOverridden)
            .OrderByDescending(a => a.FetchedUtc).Take(PerList)
            .Select(a => new ArticleRow(a.Id, a.Title, a.RelevanceScore)).ToListAsync(ct);
    }
}
