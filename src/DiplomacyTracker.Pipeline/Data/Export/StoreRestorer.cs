using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data.Export;

/// <summary>
/// Loads an <see cref="ExportDocument"/> into an empty store, keeping every id so links survive. A file that is not a
/// whole, consistent export is refused before anything is written, with one line saying what is wrong
/// (<see cref="InvalidDataException"/>); a store that is not empty is refused (<see cref="InvalidOperationException"/>).
/// </summary>
public sealed class StoreRestorer(TrackerDbContext db)
{
    /// <summary>Reads and checks an export file: parse errors, missing lists and dangling ids become one-line messages.</summary>
    public static async Task<ExportDocument> ReadAsync(Stream stream, CancellationToken ct = default)
    {
        ExportDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<ExportDocument>(stream, StoreExporter.Json, ct);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not an export document: {e.Message.ReplaceLineEndings(" ")}");
        }
        if (document is null) throw new InvalidDataException("not an export document: it is empty (null)");
        ExportValidator.Check(document);
        return document;
    }

    public async Task RestoreAsync(ExportDocument doc, CancellationToken ct = default)
    {
        ExportValidator.Check(doc);
        if (await db.Articles.AnyAsync(ct) || await db.Statements.AnyAsync(ct) || await db.Sources.AnyAsync(ct)
            || await db.Users.AnyAsync(ct) || await db.EditRecords.AnyAsync(ct))
            throw new InvalidOperationException("restore needs an empty store (no sources, articles, statements, editors or edit history)");

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Reference data seeded on first start is replaced by the document's actors and summits.
        await db.SummitParticipants.ExecuteDeleteAsync(ct);
        await db.Summits.ExecuteDeleteAsync(ct);
        await db.ActorAliases.ExecuteDeleteAsync(ct);
        await db.ActorRoles.ExecuteDeleteAsync(ct);
        await db.Actors.ExecuteDeleteAsync(ct);

        db.Sources.AddRange(doc.Sources.Select(ExportMapping.ToSource));
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

        db.Articles.AddRange(doc.Articles.Select(ExportMapping.ToArticle));
        await db.SaveChangesAsync(ct);
        db.FeedItems.AddRange((doc.FeedItems ?? []).Select(ExportMapping.ToFeedItem));
        db.Statements.AddRange(doc.Statements.Select(s => new Statement
        {
            Id = s.Id, ArticleId = s.ArticleId, SpeakerId = s.SpeakerId, SpeakerText = s.SpeakerText, Text = s.Text, Kind = s.Kind, Cue = s.Cue,
            SaidOn = s.SaidOn?.ToFuzzy(), StartOffset = s.Start, EndOffset = s.End, Confidence = s.Confidence, Review = s.Review,
            EditedUtc = s.EditedUtc, CreatedUtc = s.CreatedUtc, EnteredByEditor = s.EnteredByEditor,
        }));
        db.Summits.AddRange(doc.Summits.Select(s => new Summit
        {
            Id = s.Id, ReferenceId = s.ReferenceId, Title = s.Title, Kind = s.Kind, Start = s.Start?.ToFuzzy(), End = s.End?.ToFuzzy(),
            Location = s.Location, Status = s.Status, Outcome = s.Outcome, SourceCitation = s.SourceCitation, SourceUrl = s.SourceUrl,
            EditedUtc = s.EditedUtc, CreatedUtc = s.CreatedUtc, UpdatedUtc = s.UpdatedUtc, EnteredByEditor = s.EnteredByEditor,
            Participants = s.Participants.Select(id => new SummitParticipant { ActorId = id }).ToList(),
            Evidence = s.Evidence.Select(e => new SummitEvidence
            {
                ArticleId = e.ArticleId, Status = e.Status, Excerpt = e.Excerpt, StartOffset = e.Start, EndOffset = e.End,
                ReportedUtc = e.ReportedUtc, ReportedPrecision = e.ReportedPrecision, CreatedUtc = e.CreatedUtc, EnteredByEditor = e.EnteredByEditor,
            }).ToList(),
        }));
        db.SummitEvidenceRejections.AddRange(doc.Summits.SelectMany(s => (s.UnlinkedArticles ?? []).Select(articleId =>
            new SummitEvidenceRejection { SummitId = s.Id, ArticleId = articleId, CreatedUtc = s.UpdatedUtc })));
        db.Users.AddRange((doc.Editors ?? []).Select(ExportMapping.ToEditor));
        db.EditRecords.AddRange((doc.EditHistory ?? []).Select(e => new EditRecord
        {
            Id = e.Id, EntityType = e.EntityType, EntityId = e.EntityId, Action = e.Action, Before = e.Before, After = e.After,
            Editor = e.Editor, AtUtc = e.AtUtc,
        }));
        await db.SaveChangesAsync(ct);
        await PostgresSequences.AdvancePastExplicitIdsAsync(db, ct);
        await transaction.CommitAsync(ct);
    }
}
