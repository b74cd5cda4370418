using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>One article: its extracted text with every statement highlighted in place, "also reported by", edit history.</summary>
public sealed class DetailsModel(TrackerDbContext db, EditLog edits) : PageModel
{
    public sealed record Sighting(string Url, string? Title, string? Source, string Reason, DateTime SeenUtc);

    public Article Article { get; private set; } = null!;
    public FuzzyDate? Published { get; private set; }
    public string? SourceName { get; private set; }
    public string TextHtml { get; private set; } = "";
    public List<StatementCard> Statements { get; private set; } = [];
    public List<Sighting> Sightings { get; private set; } = [];
    public List<EditRecord> Edits { get; private set; } = [];

    /// <summary>Each corrected or reviewed statement's history, by statement id.</summary>
    public Dictionary<int, List<EditRecord>> StatementEdits { get; private set; } = [];
    public HashSet<int> Rejected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Source).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Article = article;
        Published = article.Published;
        SourceName = article.Source?.Name ?? article.SiteName;
        var rows = await db.Statements.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.StartOffset)
            .Select(s => new
            {
                s.Id, s.Text, s.SpeakerId, Name = s.Speaker != null ? s.Speaker.Name : null, Slug = s.Speaker != null ? s.Speaker.Slug : null,
                s.SpeakerText, s.SaidUtc, s.SaidLatestUtc, s.SaidPrecision, s.SaidOffsetMinutes, s.StartOffset, s.EndOffset, s.Review
            })
            .ToListAsync(ct);
        var roles = await RoleLookup.LoadAsync(db, rows.Select(r => r.SpeakerId), ct);
        Statements = rows.Select(r =>
        {
            var said = SummitQueries.Date(r.SaidUtc, r.SaidLatestUtc, r.SaidPrecision, r.SaidOffsetMinutes);
            return new StatementCard(r.Id, id, article.Title, r.Text, r.SpeakerId, r.Name, r.Slug, r.SpeakerText, said, roles.On(r.SpeakerId, said));
        }).ToList();
        Rejected = rows.Where(r => r.Review == ReviewState.Rejected).Select(r => r.Id).ToHashSet();
        var evidence = await db.SummitEvidence.AsNoTracking().Where(e => e.ArticleId == id)
            .Select(e => new TextAnchor("ev" + e.Id, e.StartOffset)).ToListAsync(ct);
        TextHtml = ArticleTextRenderer.ToHtml(article.Text, rows.Where(r => r.Review != ReviewState.Rejected)
            .Select(r => new TextMark(r.Id, r.StartOffset, r.EndOffset, r.Name ?? r.SpeakerText)), evidence);
        var statementIds = rows.Select(r => r.Id).ToList();
        StatementEdits = (await db.EditRecords.AsNoTracking()
                .Where(e => e.EntityType == "Statement" && statementIds.Contains(e.EntityId)).OrderByDescending(e => e.Id).ToListAsync(ct))
            .GroupBy(e => e.EntityId).ToDictionary(g => g.Key, g => g.ToList());
        Sightings = await db.ArticleSightings.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.SeenUtc)
            .Select(s => new Sighting(s.Url, s.Title, s.Source != null ? s.Source.Name : null, s.Reason, s.SeenUtc)).ToListAsync(ct);
        Edits = await edits.HistoryAsync("Article", id, ct);
        return Page();
    }
}
