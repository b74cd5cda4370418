using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Intake;

/// <summary>Attaches each summit an article reports to the stored summit it is (or a new one), with the article as evidence.</summary>
internal sealed class SummitLinker(TrackerDbContext db, DateTime now)
{
    public async Task LinkAsync(Article article, ProcessedArticle processed, IReadOnlyList<FoundSummit> found,
        Func<string, Actor?> actorFor, CancellationToken ct)
    {
        var known = await LoadCandidatesAsync(ct);
        foreach (var summit in found)
        {
            var participants = summit.ParticipantKeys.Select(actorFor).OfType<Actor>().Distinct().ToList();
            var match = SummitMatcher.FindMatch(summit, known.Select(k => k.Known));
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
                known.Add((entity, new KnownSummit(0, summit.Title, summit.Start, summit.End, summit.Location, summit.Status, summit.ParticipantKeys)));
            }
            else
            {
                entity = known.First(k => k.Known == match).Entity;
                if (entity.EditedUtc is null) Update(entity, summit, processed, participants);
            }
            entity.Evidence.Add(new SummitEvidence
            {
                Article = article, Status = summit.Status, Excerpt = summit.Evidence,
                StartOffset = summit.EvidenceStart, EndOffset = summit.EvidenceEnd,
                ReportedUtc = processed.Published?.EarliestUtc ?? processed.Raw.FetchedAt.UtcDateTime, CreatedUtc = now,
            });
        }
    }

    private void Update(Summit entity, FoundSummit summit, ProcessedArticle processed, List<Actor> participants)
    {
        var lastReport = entity.Evidence.Where(e => e.ReportedUtc != null).Select(e => e.ReportedUtc).Max();
        var current = lastReport is { } t ? Dates.FuzzyDate.FromInstant(new DateTimeOffset(t, TimeSpan.Zero)) : (Dates.FuzzyDate?)null;
        entity.Status = SummitMatcher.MergeStatus(entity.Status, current, summit.Status, processed.Published);
        if (entity.Start is null && summit.Start is not null) { entity.Start = summit.Start; entity.End = summit.End ?? summit.Start; }
        else if (entity.StartPrecision < (summit.Start?.Precision ?? 0)) { entity.Start = summit.Start; entity.End = summit.End ?? summit.Start; }
        entity.Location ??= summit.Location;
        entity.Outcome ??= summit.Outcome;
        foreach (var actor in participants)
            if (entity.Participants.All(p => p.ActorId != actor.Id && p.Actor != actor))
                entity.Participants.Add(new SummitParticipant { Actor = actor });
        entity.UpdatedUtc = now;
    }

    private async Task<List<(Summit Entity, KnownSummit Known)>> LoadCandidatesAsync(CancellationToken ct)
    {
        var summits = await db.Summits
            .Include(s => s.Participants).ThenInclude(p => p.Actor)
            .Include(s => s.Evidence)
            .AsSplitQuery()
            .ToListAsync(ct);
        return summits.Select(s => (s, new KnownSummit(s.Id, s.Title, s.Start, s.End, s.Location, s.Status,
            s.Participants.Where(p => p.Actor is not null).Select(p => CatalogProvider.KeyFor(p.Actor!.ReferenceId, p.Actor.Slug)).ToList()))).ToList();
    }
}
