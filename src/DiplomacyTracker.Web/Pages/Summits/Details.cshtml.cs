using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>One summit: participants, place, outcome, the status history (evidence by report time) and what participants said around it.</summary>
public sealed class DetailsModel(TrackerDbContext db, EditLog edits) : PageModel
{
    public static readonly TimeSpan StatementWindow = TimeSpan.FromDays(21);

    /// <summary>One report: <see cref="Reported"/> is the article's publication date at its own precision (else the instant recorded).</summary>
    public sealed record EvidenceRow(int Id, SummitStatus Status, string Excerpt, FuzzyDate? Reported, int? ArticleId, string? ArticleTitle);

    public SummitCard Summit { get; private set; } = null!;
    public string? Kind { get; private set; }
    public string? Outcome { get; private set; }
    public string? SourceCitation { get; private set; }
    public string? SourceUrl { get; private set; }

    /// <summary>An editor entered this summit by hand.</summary>
    public bool EnteredByEditor { get; private set; }

    /// <summary>Reports an editor linked to the summit by hand (evidence ids).</summary>
    public HashSet<int> LinkedByEditor { get; private set; } = [];

    /// <summary>Curated summits (reference id) cannot be deleted or merged away: the reference seed would bring them back.</summary>
    public bool Curated { get; private set; }
    public List<EvidenceRow> History { get; private set; } = [];

    /// <summary>One step of the status history: the status and the report that first gave it (null: the reference's).</summary>
    public sealed record StatusStep(SummitStatus Status, EvidenceRow? Since);

    /// <summary>How the status moved as reports came out, by publication date (proposed → planned → held, or cancelled).</summary>
    public List<StatusStep> Steps { get; private set; } = [];

    /// <summary>An editor corrected the summit: its status is theirs, not the reports'.</summary>
    public bool StatusByEditor { get; private set; }
    public List<StatementCard> Statements { get; private set; } = [];
    public List<EditRecord> Edits { get; private set; } = [];

    /// <summary>Set when an editor deleted this summit: the page says so (410) instead of a bare 404.</summary>
    public EditRecord? Deleted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var cards = await SummitQueries.CardsAsync(db.Summits.Where(s => s.Id == id), ct);
        if (cards.Count == 0)
        {
            if (await SummitRedirects.MergedIntoAsync(db, id, ct) is { } into) return RedirectPermanent($"/Summits/{into}");
            Edits = await edits.HistoryAsync("Summit", id, ct);
            if (!Edits.Any(e => e.Action == "delete")) return NotFound();
            Deleted = Edits.First(e => e.Action == "delete");
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page(); // who deleted it and when, with what it was
        }
        Summit = cards[0];
        var extra = await db.Summits.Where(s => s.Id == id).Select(s => new { s.Kind, s.Outcome, s.SourceCitation, s.SourceUrl, s.ReferenceId, s.EnteredByEditor, s.EditedUtc }).FirstAsync(ct);
        StatusByEditor = extra.EditedUtc is not null;
        (Kind, Outcome, SourceCitation, SourceUrl, EnteredByEditor) = (extra.Kind, extra.Outcome, extra.SourceCitation, extra.SourceUrl, extra.EnteredByEditor);
        LinkedByEditor = (await db.SummitEvidence.Where(e => e.SummitId == id && e.EnteredByEditor).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
        Curated = extra.ReferenceId is not null;
        var evidence = await db.SummitEvidence.Where(e => e.SummitId == id).OrderBy(e => e.ReportedUtc).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.Status, e.Excerpt, e.ReportedUtc, e.ReportedPrecision, e.ArticleId, Title = e.Article != null ? e.Article.Title : null,
                PublishedUtc = e.Article != null ? e.Article.PublishedUtc : null,
                PublishedLatestUtc = e.Article != null ? e.Article.PublishedLatestUtc : null,
                PublishedPrecision = e.Article != null ? e.Article.PublishedPrecision : DatePrecision.Unknown,
                PublishedOffsetMinutes = e.Article != null ? e.Article.PublishedOffsetMinutes : 0,
            }).ToListAsync(ct);
        History = evidence.Select(e => new EvidenceRow(e.Id, e.Status, e.Excerpt,
            SummitQueries.Date(e.PublishedUtc, e.PublishedLatestUtc, e.PublishedPrecision, e.PublishedOffsetMinutes) ?? Instant(e.ReportedUtc),
            e.ArticleId, e.Title)).ToList();
        var reports = evidence.Select(e => new SummitReport(e.Status, e.ReportedUtc, e.ReportedPrecision is not DatePrecision.Unknown));
        Steps = SummitStatusResolver.History(SummitStatusResolver.CuratedStatus(extra.ReferenceId), reports)
            .Select(step => new StatusStep(step.Status, step.SinceUtc is { } since
                ? History.FirstOrDefault(h => evidence.Any(e => e.Id == h.Id && e.ReportedUtc == since && e.Status == step.Status)) : null))
            .ToList();

        if (Summit.Start is { } start && Summit.Participants.Count > 0)
        {
            var ids = Summit.Participants.Select(p => p.Id).ToList();
            var from = start.EarliestUtc - StatementWindow;
            var to = (Summit.End ?? start).LatestUtc + StatementWindow;
            var rows = await db.Statements.Where(s => s.SpeakerId != null && ids.Contains(s.SpeakerId.Value) && s.Review != ReviewState.Rejected
                                                      && s.SaidUtc != null && s.SaidUtc <= to && (s.SaidLatestUtc ?? s.SaidUtc) >= from)
                .OrderBy(s => s.SaidUtc).Take(100)
                .Select(s => new { s.Id, s.ArticleId, s.Article!.Title, s.Text, s.SpeakerId, s.Speaker!.Name, s.Speaker.Slug, s.SpeakerText, s.SaidUtc, s.SaidLatestUtc, s.SaidPrecision, s.SaidOffsetMinutes })
                .ToListAsync(ct);
            var roles = await RoleLookup.LoadAsync(db, ids.Cast<int?>(), ct);
            Statements = rows.Select(r =>
            {
                var said = SummitQueries.Date(r.SaidUtc, r.SaidLatestUtc, r.SaidPrecision, r.SaidOffsetMinutes);
                return new StatementCard(r.Id, r.ArticleId, r.Title, r.Text, r.SpeakerId, r.Name, r.Slug, r.SpeakerText, said, roles.On(r.SpeakerId, said));
            }).ToList();
        }
        Edits = await edits.HistoryAsync("Summit", id, ct);
        return Page();
    }

    private static FuzzyDate? Instant(DateTime? utc) =>
        utc is { } t ? FuzzyDate.FromInstant(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : null;
}
