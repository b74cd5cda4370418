using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Intake;

/// <summary>The "Add article" form over the shared ArticleIntake: preview = extract + analyse; save = the same, then store.</summary>
public sealed class IntakeArticleSubmitter(ArticleIntake intake, ArticleStore store, TrackerDbContext db, TimeProvider clock) : IArticleSubmitter
{
    public async Task<ArticlePreview> PreviewAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var processed = await intake.PreviewAsync(ToRaw(submission), ct);
        var analysis = processed.Analysis;
        var stored = await store.FindDuplicateAsync(processed, ct);
        var names = analysis.Actors.ToDictionary(a => a.Key, a => a.Name);
        return new ArticlePreview(processed.Title, processed.Published, processed.Text, analysis.Relevance.IsRelevant, analysis.Relevance.Score,
            analysis.Actors.Select(a => a.Discovered ? $"{a.Name} (new)" : a.Name).ToList(),
            analysis.Statements.Select(s => new PreviewStatement(s.SpeakerName, s.Role, s.Text)).ToList(),
            analysis.Summits.Select(s => new PreviewSummit(
                s.ParticipantKeys.Count == 0 ? s.Title : $"{s.Title} ({string.Join(", ", s.ParticipantKeys.Select(k => names.GetValueOrDefault(k, k)))})",
                Infrastructure.Display.Range(s.Start, s.End), s.Status.ToString())).ToList(),
            stored is null ? null : new SubmissionResult(stored.ArticleId, true, stored.DuplicateReason),
            processed.Extracted.Found ? null : processed.Extracted.Error ?? "no article found");
    }

    public async Task<SubmissionResult> AddAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var outcome = await intake.AddReadableAsync(ToRaw(submission), ct);
        if (outcome.Saved is not { } saved) return new SubmissionResult(0, false, null, outcome.Refused);
        // The source the editor typed wins over the page's own name and is kept through re-analysis (EditedUtc).
        if (!saved.Duplicate && !string.IsNullOrWhiteSpace(submission.SiteName))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Articles.Where(a => a.Id == saved.ArticleId)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.SiteName, submission.SiteName.Trim()).SetProperty(a => a.EditedUtc, now), ct);
        }
        return new SubmissionResult(saved.ArticleId, saved.Duplicate, saved.DuplicateReason);
    }

    private RawArticle ToRaw(ArticleSubmission s) => new(
        s.Body, s.ContentType, s.Url, clock.GetUtcNow(), ArticleOrigin.AddedByHand,
        TimeZone: "Asia/Seoul", TitleOverride: string.IsNullOrWhiteSpace(s.Title) ? null : s.Title.Trim(), PublishedOverride: s.Published);
}
