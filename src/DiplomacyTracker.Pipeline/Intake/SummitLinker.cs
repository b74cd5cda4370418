using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Intake;

/// <summary>Attaches each summit an article reports to the stored summit it is (or a new one), with the article as evidence.</summary>
internal sealed class SummitLinker(TrackerDbContext db, DateTime now)
{
    public async Task LinkAsync(Article article, ProcessedArticle processed, IReadOnlyList<FoundSummit> found,
        Func<string, Actor?> actorFor, CancellationToken ct)
    {
        var known = await LoadCandidatesAsync(ct);
        // Summits an editor said this article is not about (evidence unlinked) are never its match again.
        var rejected = article.Id == 0 ? [] : await db.SummitEvidenceRejections.Where(r => r.ArticleId == article.Id).Select(r => r.SummitId).ToListAsync(ct);
        var created = new Dictionary<KnownSummit, Summit>();
        foreach (var summit in found)
        {
            var participants = summit.ParticipantKeys.Select(actorFor).OfType<Actor>().Distinct().ToList();
            var match = SummitMatcher.FindMatch(summit, known.Where(k => !rejected.Contains(k.Id)), processed.Published);
            Summit entity;
            if (match is null)
            {
                entity = new Summit
                {
                    Title = summit.Title, Start = summit.Start, End = summit.End ?? summit.Start, Location = summit.Location,
                    Status = summit.Status, Outcome = summit.Outcome, CreatedUtc = now, UpdatedUtc = now,
                };
                foreach (var actor in participants) entity.Participants.Add(new SummitParticipant { Actor = actor });
                db.Summits.Add(entity);
                var local = new KnownSummit(0, summit.Title, summit.Start, summit.End, summit.Location, summit.Status, summit.ParticipantKeys);
                known.Add(local);
                created[local] = entity;
            }
            else if (!created.TryGetValue(match, out entity!))
            {
                entity = await db.Summits.Include(s => s.Participants).SingleAsync(s => s.Id == match.Id, ct);
                if (entity.EditedUtc is null) await UpdateAsync(entity, summit, processed, participants, ct);
            }
            entity.Evidence.Add(new SummitEvidence
            {
                Article = article, Status = summit.Status, Excerpt = summit.Evidence,
                StartOffset = summit.EvidenceStart, EndOffset = summit.EvidenceEnd,
                ReportedUtc = processed.Published?.EarliestUtc ?? processed.Raw.FetchedAt.UtcDateTime, CreatedUtc = now,
            });
        }
    }

    private async Task UpdateAsync(Summit entity, FoundSummit summit, ProcessedArticle processed, List<Actor> participants, CancellationToken ct)
    {
        var lastReport = await db.SummitEvidence.Where(e => e.SummitId == entity.Id).MaxAsync(e => e.ReportedUtc, ct);
        var current = lastReport is { } t ? FuzzyDate.FromInstant(new DateTimeOffset(t, TimeSpan.Zero)) : (FuzzyDate?)null;
        entity.Status = SummitMatcher.MergeStatus(entity.Status, current, summit.Status, processed.Published);
        if (summit.Start is { } start && (entity.Start is null || entity.StartPrecision < start.Precision))
        {
            entity.Start = start;
            entity.End = summit.End ?? start;
        }
        entity.Location ??= summit.Location;
        entity.Outcome ??= summit.Outcome;
        foreach (var actor in participants)
            if (entity.Participants.All(p => p.ActorId != actor.Id && p.Actor != actor))
                entity.Participants.Add(new SummitParticipant { Actor = actor });
        entity.UpdatedUtc = now;
    }

    /// <summary>Every stored summit as the matcher sees it: a light projection, no evidence rows.</summary>
    private async Task<List<KnownSummit>> LoadCandidatesAsync(CancellationToken ct)
    {
        var rows = await db.Summits.AsNoTracking()
            .Select(s => new
            {
                s.Id, s.Title, s.StartUtc, s.StartLatestUtc, s.StartPrecision, s.EndUtc, s.EndLatestUtc, s.EndPrecision,
                s.OffsetMinutes, s.Location, s.Status,
                Keys = s.Participants.Select(p => p.Actor!.ReferenceId ?? "store:" + p.Actor.Slug).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new KnownSummit(r.Id, r.Title,
            Date(r.StartUtc, r.StartLatestUtc, r.StartPrecision, r.OffsetMinutes),
            Date(r.EndUtc, r.EndLatestUtc, r.EndPrecision, r.OffsetMinutes),
            r.Location, r.Status, r.Keys)).ToList();
    }

    private static FuzzyDate? Date(DateTime? start, DateTime? latest, DatePrecision precision, int offset) =>
        start is { } s && precision != DatePrecision.Unknown ? new FuzzyDate(s, latest ?? s, precision, offset) : null;
}
