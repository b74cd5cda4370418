using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Intake;

/// <summary>
/// Attaches each summit an article reports to the stored summit it is (or a new one), with the article as evidence.
/// On re-analysis the article's stored links are facts to keep, not guesses to redo: a passage linked before stays
/// linked to the same summit (whatever an editor did to that summit since — corrected it, merged another into it), only
/// its status and excerpt follow the analysis; a summit an editor unlinked the article from is never its match again,
/// and a report that only matches such a summit is dropped rather than made into a new one.
/// </summary>
internal sealed class SummitLinker(TrackerDbContext db, DateTime now)
{
    /// <summary>Links <paramref name="found"/>; returns the ids of the stored summits the article now points at (new ones are 0 until saved).</summary>
    public async Task<IReadOnlyCollection<int>> LinkAsync(Article article, ProcessedArticle processed, IReadOnlyList<FoundSummit> found,
        Func<string, Actor?> actorFor, IReadOnlyList<SummitEvidence> previous, CancellationToken ct)
    {
        var known = await LoadCandidatesAsync(ct);
        // Summits an editor said this article is not about (evidence unlinked) are never its match again.
        var rejected = article.Id == 0 ? [] : await db.SummitEvidenceRejections.Where(r => r.ArticleId == article.Id).Select(r => r.SummitId).ToListAsync(ct);
        // Summits an editor linked this article to by hand: that link is the article's report of them; no second one.
        var linkedByEditor = article.Id == 0 ? [] : await db.SummitEvidence.Where(e => e.ArticleId == article.Id && e.EnteredByEditor)
            .Select(e => e.SummitId).ToListAsync(ct);
        var pool = previous.ToList();
        var linked = new HashSet<int>();
        var created = new Dictionary<KnownSummit, Summit>();
        var reportedUtc = processed.Published?.EarliestUtc ?? processed.Raw.FetchedAt.UtcDateTime;
        foreach (var summit in found)
        {
            var participants = summit.ParticipantKeys.Select(actorFor).OfType<Actor>().Distinct().ToList();
            if (TakePrior(pool, summit, known, processed.Published) is { } prior)
            {
                (prior.Status, prior.Excerpt, prior.StartOffset, prior.EndOffset, prior.ReportedUtc) =
                    (summit.Status, summit.Evidence, summit.EvidenceStart, summit.EvidenceEnd, reportedUtc);
                var kept = await db.Summits.Include(s => s.Participants).SingleAsync(s => s.Id == prior.SummitId, ct);
                if (kept.EditedUtc is null) FillGaps(kept, summit, participants);
                linked.Add(kept.Id);
                continue;
            }
            var match = SummitMatcher.FindMatch(summit, known.Where(k => !rejected.Contains(k.Id)), processed.Published);
            if (match is null && rejected.Count > 0
                && SummitMatcher.FindMatch(summit, known.Where(k => rejected.Contains(k.Id)), processed.Published) is not null)
                continue; // the editor said this article is not about that summit: its report of it is not a new summit either
            if (match is not null && linkedByEditor.Contains(match.Id)) continue;
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
                linked.Add(entity.Id);
            }
            entity.Evidence.Add(new SummitEvidence
            {
                Article = article, Status = summit.Status, Excerpt = summit.Evidence,
                StartOffset = summit.EvidenceStart, EndOffset = summit.EvidenceEnd, ReportedUtc = reportedUtc, CreatedUtc = now,
            });
        }
        // Passages the analysis no longer reads as a summit report.
        db.SummitEvidence.RemoveRange(pool);
        return linked;
    }

    /// <summary>
    /// The stored link for the same passage (same offsets, else the same excerpt), taken out of <paramref name="pool"/>.
    /// When one passage reports several summits, the link whose summit the matcher would pair with this report goes first.
    /// </summary>
    private static SummitEvidence? TakePrior(List<SummitEvidence> pool, FoundSummit summit, List<KnownSummit> known, FuzzyDate? reportedOn)
    {
        var same = pool.Where(e => e.StartOffset == summit.EvidenceStart && e.EndOffset == summit.EvidenceEnd).ToList();
        if (same.Count == 0) same = pool.Where(e => e.Excerpt == summit.Evidence).ToList();
        if (same.Count == 0) return null;
        var prior = same.FirstOrDefault(e => known.FirstOrDefault(k => k.Id == e.SummitId) is { } k
                                             && SummitMatcher.FindMatch(summit, [k], reportedOn) is not null) ?? same[0];
        pool.Remove(prior);
        return prior;
    }

    private async Task UpdateAsync(Summit entity, FoundSummit summit, ProcessedArticle processed, List<Actor> participants, CancellationToken ct)
    {
        var lastReport = await db.SummitEvidence.Where(e => e.SummitId == entity.Id).MaxAsync(e => e.ReportedUtc, ct);
        var current = lastReport is { } t ? FuzzyDate.FromInstant(new DateTimeOffset(t, TimeSpan.Zero)) : (FuzzyDate?)null;
        entity.Status = SummitMatcher.MergeStatus(entity.Status, current, summit.Status, processed.Published);
        FillGaps(entity, summit, participants);
    }

    /// <summary>A sharper date, a place or outcome where there was none, participants not yet listed: never a value replaced.</summary>
    private void FillGaps(Summit entity, FoundSummit summit, List<Actor> participants)
    {
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
        if (db.Entry(entity).State == EntityState.Modified || entity.Participants.Any(p => db.Entry(p).State == EntityState.Added))
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
