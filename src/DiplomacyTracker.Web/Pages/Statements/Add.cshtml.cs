using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Statements;

/// <summary>
/// An editor enters a statement the analysis missed, in the article it comes from: speaker, the words (found in the
/// article so they are highlighted in place), kind and date. It is marked as entered by an editor, starts accepted,
/// and re-analysis keeps it as entered.
/// </summary>
[Authorize]
public sealed class AddModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Article { get; set; }
    [BindProperty] public string? Speaker { get; set; }
    [BindProperty] public string? SpeakerText { get; set; }
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public StatementKind Kind { get; set; } = StatementKind.Direct;
    [BindProperty] public string? SaidOn { get; set; }

    public string ArticleTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadArticleAsync(ct) is not { } article) return NotFound();
        SaidOn = FuzzyDateInput.Format(article.Published);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadArticleAsync(ct) is not { } article) return NotFound();
        int? speakerId = null;
        if (!string.IsNullOrWhiteSpace(Speaker))
        {
            var ids = await speakers.FindActorIdsAsync(Speaker, ct);
            if (ids.Count == 1) speakerId = ids[0];
            else ModelState.AddModelError(nameof(Speaker), ids.Count == 0 ? $"No actor called “{Speaker}”. Add the actor first (link below) or use another spelling."
                : $"“{Speaker}” matches {ids.Count} actors; use the full name.");
        }
        else if (string.IsNullOrWhiteSpace(SpeakerText)) ModelState.AddModelError(nameof(Speaker), "Name who said it: an actor, or at least how the article names them.");
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "A statement needs its words.");
        if (!FuzzyDateInput.TryParse(SaidOn, out var saidOn)) ModelState.AddModelError(nameof(SaidOn), EditModel.DateHint);
        if (!ModelState.IsValid) return Page();

        var words = Text.Trim();
        var span = StatementSpanLocator.Locate(article.Text, words, 0);
        var namedAs = !string.IsNullOrWhiteSpace(SpeakerText) ? SpeakerText.Trim()
            : await SpokenNames.InArticleAsync(db, speakerId!.Value, article.Text, span?.Start ?? 0, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var statement = new Statement
        {
            ArticleId = article.Id, SpeakerId = speakerId, SpeakerText = namedAs, Text = words, Kind = Kind, Cue = "", SaidOn = saidOn,
            StartOffset = span?.Start ?? 0, EndOffset = span?.End ?? 0, Confidence = 1, Review = ReviewState.Accepted,
            EnteredByEditor = true, EditedUtc = now, CreatedUtc = now,
        };
        db.Statements.Add(statement);
        await db.SaveChangesAsync(ct);
        edits.Record(User, "Statement", statement.Id, "add", null, new
        {
            statement.ArticleId, statement.SpeakerId, statement.SpeakerText, statement.Text, Kind = Kind.ToString(), SaidOn = saidOn?.ToIsoString(),
            statement.StartOffset, statement.EndOffset,
        });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = span is null
            ? "Statement entered. Its words are not in the article's text as written, so nothing is highlighted for it."
            : "Statement entered.";
        return Redirect($"/Articles/{article.Id}#s{statement.Id}");
    }

    private async Task<Article?> LoadArticleAsync(CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == Article, ct);
        if (article is not null) ArticleTitle = article.Title;
        return article;
    }
}
