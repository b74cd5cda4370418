using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Reference;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data;

/// <summary>
/// Loads Reference/actors.json and summits.json into the store by stable id, on first start and on upgrade.
/// An actor or summit an editor changed (EditedUtc set) or merged away (MergedIntoId set) is never overwritten.
/// </summary>
public sealed class ReferenceSeeder(TrackerDbContext db, TimeProvider clock)
{
    public sealed record Result(int Added, int Updated, int Kept)
    {
        public int Changed => Added + Updated;
    }

    public Task<Result> SeedAsync(CancellationToken ct = default) =>
        SeedAsync(ReferenceDataLoader.LoadActors(), ReferenceDataLoader.LoadSummits(), ct);

    public async Task<Result> SeedAsync(ReferenceActorsFile actorsFile, ReferenceSummitsFile summitsFile, CancellationToken ct = default)
    {
        int added = 0, updated = 0, kept = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles)
            .Where(a => a.ReferenceId != null).ToDictionaryAsync(a => a.ReferenceId!, ct);
        var slugs = (await db.Actors.Select(a => a.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        foreach (var reference in actorsFile.Actors)
        {
            if (!existing.TryGetValue(reference.Id, out var actor))
            {
                actor = new Actor
                {
                    ReferenceId = reference.Id, Origin = ActorOrigin.Reference, CreatedUtc = now,
                    Slug = Slugs.Unique(reference.Name, reference.Country, slugs),
                };
                db.Actors.Add(actor);
                existing[reference.Id] = actor;
                Apply(reference, actor);
                added++;
            }
            else if (actor.EditedUtc is null && actor.MergedIntoId is null)
            {
                if (Apply(reference, actor)) updated++;
            }
            else
            {
                kept++;
            }
        }
        await db.SaveChangesAsync(ct);

        var summits = await db.Summits.Include(s => s.Participants)
            .Where(s => s.ReferenceId != null).ToDictionaryAsync(s => s.ReferenceId!, ct);
        foreach (var reference in summitsFile.Summits)
        {
            if (!summits.TryGetValue(reference.Id, out var summit))
            {
                summit = new Summit { ReferenceId = reference.Id, CreatedUtc = now };
                db.Summits.Add(summit);
                added++;
            }
            else if (summit.EditedUtc is not null)
            {
                kept++;
                continue;
            }
            if (ApplySummit(reference, summit, existing, now) && summit.Id != 0) updated++;
        }
        await db.SaveChangesAsync(ct);
        return new Result(added, updated, kept);
    }

    private static bool Apply(ReferenceActor reference, Actor actor)
    {
        var changed = actor.Name != reference.Name || actor.Country != reference.Country || actor.Description != reference.Description;
        actor.Name = reference.Name;
        actor.Country = reference.Country;
        actor.Surname = reference.Surname;
        actor.Description = reference.Description;
        actor.Kind = ActorKinds.Parse(reference.Kind);
        foreach (var alias in (reference.Aliases ?? []).Prepend(reference.Name))
        {
            var normalized = ActorCatalog.NormalizeName(alias);
            if (normalized.Length == 0 || actor.Aliases.Any(a => a.Normalized == normalized)) continue;
            actor.Aliases.Add(new ActorAlias { Text = alias, Normalized = normalized });
            changed = true;
        }
        var roles = (reference.Roles ?? []).Select(r => new ActorRole
        {
            Title = r.Title, Organisation = r.Organisation,
            FromDate = ActorCatalog.ParseStart(r.From), ToDate = ActorCatalog.ParseEnd(r.To),
        }).ToList();
        var same = roles.Count == actor.Roles.Count && roles.Zip(actor.Roles.OrderBy(r => r.Id)).All(p =>
            p.First.Title == p.Second.Title && p.First.Organisation == p.Second.Organisation &&
            p.First.FromDate == p.Second.FromDate && p.First.ToDate == p.Second.ToDate);
        if (!same)
        {
            actor.Roles.Clear();
            actor.Roles.AddRange(roles);
            changed = true;
        }
        return changed;
    }

    private static bool ApplySummit(ReferenceSummit reference, Summit summit, Dictionary<string, Actor> actors, DateTime now)
    {
        var before = Fingerprint(summit);
        summit.Title = reference.Title;
        summit.Kind = reference.Kind;
        summit.Location = reference.Location;
        summit.Outcome = reference.Outcome;
        summit.Status = Enum.TryParse<SummitStatus>(reference.Status, ignoreCase: true, out var status) ? status : SummitStatus.Held;
        summit.Start = ReferenceDates.Parse(reference.Start);
        summit.End = ReferenceDates.Parse(reference.End ?? reference.Start);
        summit.SourceCitation = reference.Source?.Title;
        summit.SourceUrl = reference.Source?.Url;
        var wanted = new HashSet<Actor>();
        foreach (var id in reference.Participants)
        {
            if (!actors.TryGetValue(id, out var actor)) continue;
            while (actor.MergedInto is { } target) actor = target;
            wanted.Add(actor);
        }
        summit.Participants.RemoveAll(p => p.Actor is not null && !wanted.Contains(p.Actor));
        foreach (var actor in wanted)
            if (!summit.Participants.Any(p => p.Actor == actor || (actor.Id != 0 && p.ActorId == actor.Id)))
                summit.Participants.Add(new SummitParticipant { Actor = actor });
        if (before == Fingerprint(summit)) return false;
        summit.UpdatedUtc = now;
        return true;
    }

    private static string Fingerprint(Summit s) =>
        string.Join('|', s.Title, s.Kind, s.Location, s.Outcome, s.Status, s.StartUtc?.Ticks, s.StartPrecision, s.EndUtc?.Ticks,
            s.SourceCitation, s.SourceUrl, string.Join(',', s.Participants.Select(p => p.Actor?.ReferenceId ?? p.ActorId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order()));
}
