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
/// and a report that only matches such a summit is dropped rather than made into a new one. Every summit whose reports
/// changed then takes its status from them again (<see cref="SummitEvidenceStatus"/>: the newest report by publication
/// date wins, whatever order the articles came in), unless an editor corrected it.
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
        var reportedPrecision = processed.Published is { IsKnown: true } published ? published.Precision : DatePrecision.Unknown;
        var touched = new List<Summit>();
        foreach (var summit in found)
        {
            var participants = summit.ParticipantKeys.Select(actorFor).OfType<Actor>().Distinct().ToList();
            if (TakePrior(pool, summit, known, processed.Published) is { } prior)
            {
                (prior.Status, prior.Excerpt, prior.StartOffset, prior.EndOffset, prior.ReportedUtc, prior.ReportedPrecision) =
                    (summit.Status, summit.Evidence, summit.EvidenceStart, summit.EvidenceEnd, reportedUtc, reportedPrecision);
                var kept = await db.Summits.Include(s => s.Participants).SingleAsync(s => s.Id == prior.SummitId, ct);
                if (kept.EditedUtc is null) FillGaps(kept, summit, participants);
                linked.Add(kept.Id);
                touched.Add(kept);
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
                if (entity.EditedUtc is null) FillGaps(entity, summit, participants);
                linked.Add(entity.Id);
            }
            entity.Evidence.Add(new SummitEvidence
            {
                Article = article, Status = summit.Status, Excerpt = summit.Evidence,
                StartOffset = summit.EvidenceStart, EndOffset = summit.EvidenceEnd, ReportedUtc = reportedUtc,
                ReportedPrecision = reportedPrecision, CreatedUtc = now,
            });
            touched.Add(entity);
        }
        // Passages the analysis no longer reads as a summit report.
        db.SummitEvidence.RemoveRange(pool);
        foreach (var id in pool.Select(e => e.SummitId).Distinct())
            if (touched.All(s => s.Id != id || id == 0)) touched.Add(await db.Summits.SingleAsync(s => s.Id == id, ct));
        await RecomputeAsync(touched, ct);
        return linked;
    }

    /// <summary>Each summit whose reports changed takes its status from all of them again (an editor's correction stands).</summary>
    private async Task RecomputeAsync(List<Summit> summits, CancellationToken ct)
    {
        foreach (var summit in summits.Distinct())
        {
            if (summit.EditedUtc is not null) continue;
            if (summit.Id != 0) await db.Entry(summit).Collection(s => s.Evidence).LoadAsync(ct);
            var live = summit.Evidence.Where(e => db.Entry(e).State != EntityState.Deleted).ToList();
            var reports = live.OrderBy(e => e.Id).Select(SummitEvidenceStatus.Report);
            var status = SummitStatusResolver.Resolve(SummitStatusResolver.CuratedStatus(summit.ReferenceId), reports);
            if (status is { } s && s != summit.Status)
            {
                summit.Status = s;
                summit.UpdatedUtc = now;
            }
        }
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
