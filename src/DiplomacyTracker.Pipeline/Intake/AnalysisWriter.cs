using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Intake;

/// <summary>
/// Writes what the analysis found into the store, inside the caller's transaction: discovered actors (for review),
/// statements, and summits merged with the ones already known.
/// </summary>
internal sealed class AnalysisWriter(TrackerDbContext db, DateTime now)
{
    public const double ReviewBelowConfidence = 0.7;
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    public bool CreatedActors { get; private set; }

    /// <summary>The stored summits the article's evidence now points at (after <see cref="WriteAsync"/>).</summary>
    public IReadOnlyCollection<int> LinkedSummits { get; private set; } = [];

    /// <summary>
    /// Writes the analysis. On re-analysis, <paramref name="keepEdited"/> are the statements editors corrected (found
    /// statements overlapping them are dropped) and <paramref name="reuse"/> the other stored ones: a found statement at
    /// the same place (or with the same words) updates the stored row, so its id — and every link to it — survives;
    /// stored rows nothing matched are removed, except those an editor accepted or rejected (the decision is a fact:
    /// an accepted statement stays, a rejected one stays hidden rather than coming back for review).
    /// <paramref name="previousEvidence"/> are the article's stored summit links (see <see cref="SummitLinker"/>).
    /// </summary>
    public async Task WriteAsync(Article article, ProcessedArticle processed, IReadOnlyList<Statement> keepEdited, CancellationToken ct,
        IReadOnlyList<Statement>? reuse = null, IReadOnlyList<SummitEvidence>? previousEvidence = null)
    {
        var analysis = processed.Analysis;
        foreach (var found in analysis.Actors)
            await ResolveActorAsync(found, ct);

        var pool = reuse?.ToList() ?? [];
        foreach (var found in analysis.Statements)
        {
            if (keepEdited.Any(s => s.StartOffset < found.End && found.Start < s.EndOffset)) continue;
            if (!_actors.TryGetValue(found.SpeakerKey, out var speaker))
                speaker = await ResolveActorAsync(new FoundActor(found.SpeakerKey, found.SpeakerName, null, ActorKind.Person, found.Role, found.SpeakerKey.StartsWith("discovered:", StringComparison.Ordinal), []), ct);
            var review = found.Confidence < ReviewBelowConfidence || speaker?.Origin == ActorOrigin.Discovered ? ReviewState.Pending : ReviewState.None;
            var statement = pool.FirstOrDefault(s => s.StartOffset == found.Start && s.EndOffset == found.End)
                            ?? pool.FirstOrDefault(s => s.Text == found.Text)
                            ?? pool.FirstOrDefault(s => s.Review is ReviewState.Accepted or ReviewState.Rejected
                                                        && s.StartOffset < found.End && found.Start < s.EndOffset);
            if (statement is null)
                article.Statements.Add(statement = new Statement { CreatedUtc = now, Review = review });
            else
            {
                pool.Remove(statement);
                // An editor's accept stands while the statement is said by the same speaker (or by nobody, as accepted);
                // a rejection ("not a statement") stands for the passage whoever the analysis now names.
                var sameSpeaker = statement.SpeakerId == speaker?.Id;
                var stands = statement.Review == ReviewState.Rejected || (statement.Review == ReviewState.Accepted && sameSpeaker);
                if (!stands) statement.Review = review;
            }
            statement.Speaker = speaker;
            statement.SpeakerText = JointSpeakerText(found);
            statement.Text = found.Text;
            statement.Kind = found.Kind;
            statement.Cue = found.Cue;
            statement.SaidOn = found.SaidOn;
            statement.StartOffset = found.Start;
            statement.EndOffset = found.End;
            statement.Confidence = found.Confidence;
        }
        db.Statements.RemoveRange(pool.Where(s => s.Review is not (ReviewState.Accepted or ReviewState.Rejected)));

        if (analysis.Summits.Count > 0 || previousEvidence is { Count: > 0 })
            LinkedSummits = await new SummitLinker(db, now).LinkAsync(article, processed, analysis.Summits, key => _actors.GetValueOrDefault(key),
                previousEvidence ?? [], ct);
    }

    private async Task<Actor?> ResolveActorAsync(FoundActor found, CancellationToken ct)
    {
        if (_actors.TryGetValue(found.Key, out var known)) return known;
        Actor? actor;
        if (found.Key.StartsWith("store:", StringComparison.Ordinal))
        {
            var slug = found.Key["store:".Length..];
            actor = await db.Actors.FirstOrDefaultAsync(a => a.Slug == slug, ct);
        }
        else if (!found.Discovered)
        {
            actor = await db.Actors.FirstOrDefaultAsync(a => a.ReferenceId == found.Key, ct);
        }
        else
        {
            var normalized = ActorCatalog.NormalizeName(found.Name);
            actor = await db.Actors.Where(a => a.Aliases.Any(x => x.Normalized == normalized)).FirstOrDefaultAsync(ct)
                    ?? CreateDiscovered(found, normalized);
        }
        while (actor?.MergedIntoId is { } target)
            actor = await db.Actors.FindAsync([target], ct);
        // An editor rejected this name as an actor: its words stay unattributed (the name as written is kept).
        if (actor?.Review == ReviewState.Rejected) return null;
        if (actor is not null) _actors[found.Key] = actor;
        return actor;
    }

    private Actor CreateDiscovered(FoundActor found, string normalized)
    {
        var taken = db.Actors.Local.Select(a => a.Slug).Concat(db.Actors.Select(a => a.Slug)).ToHashSet(StringComparer.Ordinal);
        var actor = new Actor
        {
            Name = found.Name, Country = found.Country, Kind = found.Kind,
            Slug = Slugs.Unique(found.Name, found.Country, taken),
            Origin = ActorOrigin.Discovered, Review = ReviewState.Pending, CreatedUtc = now,
            Surname = found.Kind == ActorKind.Person ? found.Name.Split(' ')[0] : null,
        };
        actor.Aliases.Add(new ActorAlias { Text = found.Name, Normalized = normalized });
        foreach (var mention in found.Mentions.Distinct())
        {
            var n = ActorCatalog.NormalizeName(mention);
            if (n.Length > 0 && n.Contains(' ') && actor.Aliases.All(a => a.Normalized != n))
                actor.Aliases.Add(new ActorAlias { Text = mention, Normalized = n });
        }
        if (!string.IsNullOrWhiteSpace(found.Role))
            actor.Roles.Add(new ActorRole { Title = found.Role });
        db.Actors.Add(actor);
        CreatedActors = true;
        return actor;
    }

    /// <summary>
    /// The speaker as the article named them; a joint statement ("Both leaders reaffirmed …") names every leader
    /// ("Joe Biden and Yoon Suk Yeol"), so the card shows them all and a word search on the co-speaker finds it.
    /// </summary>
    public static string JointSpeakerText(FoundStatement found) => found.CoSpeakers.Count switch
    {
        0 => found.SpeakerName,
        1 => $"{found.SpeakerName} and {found.CoSpeakers[0]}",
        _ => $"{found.SpeakerName}, {string.Join(", ", found.CoSpeakers.Take(found.CoSpeakers.Count - 1))} and {found.CoSpeakers[^1]}",
    };
}
