using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>
/// An editor enters a summit the analysis missed, with the article that reports it (and, if given, the passage, found
/// in the article): title, dates at their precision, place, status, outcome, participants. The summit and its link to
/// the article are marked as entered by an editor; re-analysis neither changes the summit nor removes the link.
/// </summary>
[Authorize]
public sealed class AddModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Article { get; set; }
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public SummitStatus Status { get; set; } = SummitStatus.Held;
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Participants { get; set; }

    /// <summary>The sentence of the article that reports the summit (optional).</summary>
    [BindProperty] public string? Passage { get; set; }

    public string ArticleTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadArticleAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadArticleAsync(ct) is not { } article) return NotFound();
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "A summit needs a title.");
        var (start, end) = SummitFields.Dates(Start, End, ModelState);
        var participants = await SummitFields.ParticipantsAsync(speakers, Participants, ModelState, ct);
        if (participants.Count == 0 && ModelState.IsValid) ModelState.AddModelError(nameof(Participants), "Name who meets, one per line.");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var passage = SummitFields.Blank(Passage);
        var span = passage is null ? null : StatementSpanLocator.Locate(article.Text, passage, 0);
        var summit = new Summit
        {
            Title = Title.Trim(), Status = Status, Start = start, End = end ?? start, Location = SummitFields.Blank(Location),
            Outcome = SummitFields.Blank(Outcome), EnteredByEditor = true, EditedUtc = now, CreatedUtc = now, UpdatedUtc = now,
        };
        summit.Participants.AddRange(participants.Select(id => new SummitParticipant { ActorId = id }));
        summit.Evidence.Add(new SummitEvidence
        {
            ArticleId = article.Id, Status = Status, Excerpt = passage ?? article.Title, StartOffset = span?.Start ?? 0, EndOffset = span?.End ?? 0,
            ReportedUtc = article.PublishedUtc ?? article.FetchedUtc, CreatedUtc = now, EnteredByEditor = true,
        });
        db.Summits.Add(summit);
        await db.SaveChangesAsync(ct);
        edits.Record(User, "Summit", summit.Id, "add", null, new
        {
            summit.Title, Status = Status.ToString(), Start = start?.ToIsoString(), End = (end ?? start)?.ToIsoString(), summit.Location,
            summit.Outcome, Participants = participants, Article = article.Id, Passage = passage,
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = passage is not null && span is null
            ? "Summit entered. The passage is not in the article's text as written, so it is kept as typed."
            : "Summit entered.";
        return Redirect($"/Summits/{summit.Id}");
    }

    private async Task<Article?> LoadArticleAsync(CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Article, ct);
        if (article is not null) ArticleTitle = article.Title;
        return article;
    }
}
