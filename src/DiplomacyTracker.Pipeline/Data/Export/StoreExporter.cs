using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data.Export;

/// <summary>Reads the whole store into an <see cref="ExportDocument"/>, ordered by id so two exports of one store are identical.</summary>
public sealed class StoreExporter(TrackerDbContext db)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ExportDocument> ExportAsync(CancellationToken ct = default)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().OrderBy(a => a.Id).ToListAsync(ct);
        var articles = await db.Articles.AsNoTracking().Include(a => a.Sightings).Include(a => a.Source).AsSplitQuery().OrderBy(a => a.Id).ToListAsync(ct);
        var statements = await db.Statements.AsNoTracking().Include(s => s.Speaker).ThenInclude(a => a!.Roles).OrderBy(s => s.Id).ToListAsync(ct);
        var summits = await db.Summits.AsNoTracking().Include(s => s.Participants).Include(s => s.Evidence).AsSplitQuery().OrderBy(s => s.Id).ToListAsync(ct);
        var unlinked = (await db.SummitEvidenceRejections.AsNoTracking().OrderBy(r => r.ArticleId).ToListAsync(ct))
            .ToLookup(r => r.SummitId, r => r.ArticleId);
        var editors = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct);
        var edits = await db.EditRecords.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        var items = await db.FeedItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);

        return new ExportDocument(
            ExportDocument.CurrentVersion,
            sources.Select(s => new ExportSource(s.Id, s.Name, s.Url, s.Kind, s.LinkSelector, s.ContentSelector, s.TimeZone, s.IntervalMinutes, s.IsPaused, s.CreatedUtc,
                new ExportSourceState(s.NextCheckUtc, s.ScrapeRequestedUtc, s.ETag, s.LastModified, s.LastAttemptUtc, s.LastSuccessUtc, s.LastError,
                    s.ConsecutiveFailures, s.ItemsSeen, s.ItemsNew, s.ItemsDuplicate, s.ItemsIrrelevant, s.ItemsFailed))).ToList(),
            actors.Select(a => new ExportActor(a.Id, a.ReferenceId, a.Name, a.Slug, a.Country, a.Kind, a.Surname, a.Description, a.Origin, a.Review,
                a.MergedIntoId, a.EditedUtc, a.CreatedUtc,
                a.Aliases.OrderBy(x => x.Id).Select(x => x.Text).ToList(),
                a.Roles.OrderBy(r => r.Id).Select(r => new ExportRole(r.Title, r.Organisation, r.FromDate, r.ToDate)).ToList())).ToList(),
            articles.Select(a => new ExportArticle(a.Id, a.Url, a.NormalizedUrl, a.CanonicalUrl, a.Title, a.Byline, a.SiteName, a.Language,
                a.LeadImageUrl, ExportDate.From(a.Published), a.FetchedUtc, a.Text, a.RawGzip is null ? null : Convert.ToBase64String(a.RawGzip),
                a.RawContentType, a.ContentHash, a.IsRelevant, a.RelevanceScore, a.RelevanceBorderline, a.RelevanceOverridden, a.Origin,
                a.SourceId, a.Source?.Name, a.FeedGuid, a.AnalyzedUtc,
                a.Sightings.OrderBy(x => x.Id).Select(x => new ExportSighting(x.SourceId, x.Url, x.Title, x.Reason, x.SeenUtc)).ToList(), a.EditedUtc,
                a.AnalysisError)).ToList(),
            statements.Select(s => new ExportStatement(s.Id, s.Speaker?.Name, s.SpeakerId, s.SpeakerText, RoleOn(s), s.Kind, s.Cue, s.Text,
                ExportDate.From(s.SaidOn), s.ArticleId, s.StartOffset, s.EndOffset, s.Confidence, s.Review, s.EditedUtc, s.CreatedUtc,
                s.EnteredByEditor)).ToList(),
            summits.Select(s => new ExportSummit(s.Id, s.ReferenceId, s.Title, s.Kind, ExportDate.From(s.Start), ExportDate.From(s.End), s.Location,
                s.Status, s.Outcome, s.SourceCitation, s.SourceUrl, s.EditedUtc, s.CreatedUtc, s.UpdatedUtc,
                s.Participants.Select(p => p.ActorId).Order().ToList(),
                s.Evidence.OrderBy(e => e.Id).Select(e => new ExportEvidence(e.ArticleId, e.Status, e.Excerpt, e.StartOffset, e.EndOffset, e.ReportedUtc, e.CreatedUtc,
                    e.EnteredByEditor, e.ReportedPrecision)).ToList(),
                unlinked[s.Id].ToList(), s.EnteredByEditor)).ToList(),
            editors.Select(e => new ExportEditor(e.Id, e.Email, e.UserName, e.PasswordHash, e.SecurityStamp, e.ConcurrencyStamp, e.EmailConfirmed,
                e.LockoutEnabled, e.LockoutEnd, e.AccessFailedCount, e.CreatedUtc)).ToList(),
            edits.Select(e => new ExportEdit(e.Id, e.EntityType, e.EntityId, e.Action, e.Before, e.After, e.Editor, e.AtUtc)).ToList(),
            items.Select(i => new ExportFeedItem(i.Id, i.SourceId, i.Guid, i.Url, i.NormalizedUrl, i.Title, i.Summary, i.PublishedUtc, i.State,
                i.Attempts, i.LastError, i.NextAttemptUtc, i.FirstSeenUtc, i.LastAttemptUtc, i.ArticleId)).ToList());
    }

    private static string? RoleOn(Entities.Statement s) =>
        s.Speaker is null || s.SaidOn is not { } said ? null
        : s.Speaker.Roles.Where(r => (r.FromDate is null || r.FromDate <= said.LocalDay) && (r.ToDate is null || said.LocalDay <= r.ToDate))
            .OrderByDescending(r => r.FromDate).Select(r => r.Title).FirstOrDefault();
}
