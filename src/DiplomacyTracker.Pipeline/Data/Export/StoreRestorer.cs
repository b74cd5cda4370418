using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data.Export;

/// <summary>Loads an <see cref="ExportDocument"/> into an empty store, keeping every id so links survive.</summary>
public sealed class StoreRestorer(TrackerDbContext db)
{
    public async Task RestoreAsync(ExportDocument doc, CancellationToken ct = default)
    {
        if (doc.FormatVersion != ExportDocument.CurrentVersion)
            throw new InvalidDataException($"export format {doc.FormatVersion} is not supported (expected {ExportDocument.CurrentVersion})");
        if (await db.Articles.AnyAsync(ct) || await db.Statements.AnyAsync(ct) || await db.Sources.AnyAsync(ct))
            throw new InvalidOperationException("restore needs an empty store (no sources, articles or statements)");

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Reference data seeded on first start is replaced by the document's actors and summits.
        await db.SummitParticipants.ExecuteDeleteAsync(ct);
        await db.Summits.ExecuteDeleteAsync(ct);
        await db.ActorAliases.ExecuteDeleteAsync(ct);
        await db.ActorRoles.ExecuteDeleteAsync(ct);
        await db.Actors.ExecuteDeleteAsync(ct);

        db.Sources.AddRange(doc.Sources.Select(s => new Source
        {
            Id = s.Id, Name = s.Name, Url = s.Url, Kind = s.Kind, LinkSelector = s.LinkSelector, ContentSelector = s.ContentSelector,
            TimeZone = s.TimeZone, IntervalMinutes = s.IntervalMinutes, IsPaused = s.IsPaused, CreatedUtc = s.CreatedUtc, NextCheckUtc = DateTime.UtcNow,
        }));
        db.Actors.AddRange(doc.Actors.Select(a => new Actor
        {
            Id = a.Id, ReferenceId = a.ReferenceId, Name = a.Name, Slug = a.Slug, Country = a.Country, Kind = a.Kind, Surname = a.Surname,
            Description = a.Description, Origin = a.Origin, Review = a.Review, EditedUtc = a.EditedUtc, CreatedUtc = a.CreatedUtc,
            Aliases = a.Aliases.Select(x => new ActorAlias { Text = x, Normalized = ActorCatalog.NormalizeName(x) }).ToList(),
            Roles = a.Roles.Select(r => new ActorRole { Title = r.Title, Organisation = r.Organisation, FromDate = r.From, ToDate = r.To }).ToList(),
        }));
        await db.SaveChangesAsync(ct);
        foreach (var a in doc.Actors.Where(a => a.MergedIntoId is not null))
            (await db.Actors.FindAsync([a.Id], ct))!.MergedIntoId = a.MergedIntoId;

        db.Articles.AddRange(doc.Articles.Select(a => new Article
        {
            Id = a.Id, Url = a.Url, NormalizedUrl = a.NormalizedUrl, CanonicalUrl = a.CanonicalUrl, Title = a.Title, Byline = a.Byline,
            SiteName = a.SiteName, Language = a.Language, LeadImageUrl = a.LeadImageUrl, Published = a.PublishedAt?.ToFuzzy(),
            FetchedUtc = a.FetchedUtc, Text = a.Text, RawGzip = a.RawGzipBase64 is null ? null : Convert.FromBase64String(a.RawGzipBase64),
            RawContentType = a.RawContentType, ContentHash = a.ContentHash, IsRelevant = a.Relevant, RelevanceScore = a.RelevanceScore,
            RelevanceBorderline = a.RelevanceBorderline, RelevanceOverridden = a.RelevanceOverridden, Origin = a.Origin, SourceId = a.SourceId,
            FeedGuid = a.FeedGuid, AnalyzedUtc = a.AnalyzedUtc, EditedUtc = a.EditedUtc,
            Sightings = a.AlsoReportedBy.Select(x => new ArticleSighting { SourceId = x.SourceId, Url = x.Url, Title = x.Title, Reason = x.Reason, SeenUtc = x.SeenUtc }).ToList(),
        }));
        db.Statements.AddRange(doc.Statements.Select(s => new Statement
        {
            Id = s.Id, ArticleId = s.ArticleId, SpeakerId = s.SpeakerId, SpeakerText = s.SpeakerText, Text = s.Text, Kind = s.Kind, Cue = s.Cue,
            SaidOn = s.SaidOn?.ToFuzzy(), StartOffset = s.Start, EndOffset = s.End, Confidence = s.Confidence, Review = s.Review,
            EditedUtc = s.EditedUtc, CreatedUtc = s.CreatedUtc,
        }));
        db.Summits.AddRange(doc.Summits.Select(s => new Summit
        {
            Id = s.Id, ReferenceId = s.ReferenceId, Title = s.Title, Kind = s.Kind, Start = s.Start?.ToFuzzy(), End = s.End?.ToFuzzy(),
            Location = s.Location, Status = s.Status, Outcome = s.Outcome, SourceCitation = s.SourceCitation, SourceUrl = s.SourceUrl,
            EditedUtc = s.EditedUtc, CreatedUtc = s.CreatedUtc, UpdatedUtc = s.UpdatedUtc,
            Participants = s.Participants.Select(id => new SummitParticipant { ActorId = id }).ToList(),
            Evidence = s.Evidence.Select(e => new SummitEvidence
            {
                ArticleId = e.ArticleId, Status = e.Status, Excerpt = e.Excerpt, StartOffset = e.Start, EndOffset = e.End,
                ReportedUtc = e.ReportedUtc, CreatedUtc = e.CreatedUtc,
            }).ToList(),
        }));
        db.SummitEvidenceRejections.AddRange(doc.Summits.SelectMany(s => (s.UnlinkedArticles ?? []).Select(articleId =>
            new SummitEvidenceRejection { SummitId = s.Id, ArticleId = articleId, CreatedUtc = s.UpdatedUtc })));
        await db.SaveChangesAsync(ct);
        await PostgresSequences.AdvancePastExplicitIdsAsync(db, ct);
        await transaction.CommitAsync(ct);
    }
}
