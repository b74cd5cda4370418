using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Review;

/// <summary>Accept or reject one item of the review queue; every verdict is recorded.</summary>
[Authorize]
public sealed class DecideModel(TrackerDbContext db, EditLog edits, CatalogProvider catalog, ArticleStore store) : PageModel
{
    public IActionResult OnGet() => Redirect("/Review");

    public async Task<IActionResult> OnPostActorAsync(int id, string verdict, CancellationToken ct)
    {
        if (await db.Actors.FindAsync([id], ct) is not { } actor) return NotFound();
        var state = Verdict(verdict);
        if (state == ReviewState.Rejected) return await RejectActorAsync(actor, ct);
        if (actor.Review == ReviewState.Rejected) return await RestoreActorAsync(actor, ct);
        edits.Record(User, "Actor", id, "review", new { Review = actor.Review.ToString() }, new { Review = state.ToString() });
        actor.Review = state;
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
        return Done($"{actor.Name}: {state.ToString().ToLowerInvariant()}.");
    }

    /// <summary>
    /// Rejected means "not an actor": its statements lose their speaker (the article's wording stays in SpeakerText),
    /// it leaves the summits it was put in, every list, the name lookup and the analysis catalog.
    /// </summary>
    private async Task<IActionResult> RejectActorAsync(Actor actor, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var statements = await db.Statements.Where(s => s.SpeakerId == actor.Id).Select(s => s.Id).ToListAsync(ct);
        var summits = await db.SummitParticipants.Where(p => p.ActorId == actor.Id).Select(p => p.SummitId).ToListAsync(ct);
        await db.Statements.Where(s => s.SpeakerId == actor.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, (int?)null), ct);
        await db.SummitParticipants.Where(p => p.ActorId == actor.Id).ExecuteDeleteAsync(ct);
        edits.Record(User, "Actor", actor.Id, "review",
            new { Review = actor.Review.ToString(), Statements = statements, Summits = summits },
            new { Review = nameof(ReviewState.Rejected), Meaning = "not an actor", UnattributedStatements = statements, LeftSummits = summits });
        actor.Review = ReviewState.Rejected;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        return Done($"{actor.Name} rejected as not an actor: {statements.Count} statement(s) now have no speaker" +
                    (summits.Count > 0 ? $", left {summits.Count} summit(s)." : "."));
    }

    /// <summary>
    /// Undoes a rejection: the actor is back in the catalog, and gets back what the rejection took (its record lists the
    /// statements and summit seats) and the statements stored since with its name as written and no speaker, when no
    /// other actor answers to that name.
    /// </summary>
    private async Task<IActionResult> RestoreActorAsync(Actor actor, CancellationToken ct)
    {
        var (statements, summits) = await LastRejectionAsync(actor.Id, ct);
        var normalized = await db.ActorAliases.Where(a => a.ActorId == actor.Id).Select(a => a.Normalized).ToListAsync(ct);
        var shared = await db.ActorAliases.Where(a => a.ActorId != actor.Id && normalized.Contains(a.Normalized)
                && a.Actor!.MergedIntoId == null && a.Actor.Review != ReviewState.Rejected).Select(a => a.Normalized).ToListAsync(ct);
        var spellings = normalized.Except(shared).ToHashSet(StringComparer.Ordinal);
        var taken = statements.ToHashSet();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Statements without a speaker are few (the analysis gives every statement a named speaker; a rejection or an
        // editor takes it away), so their names are read and compared here: "the Lighthouse Board", "Lighthouse-Board"
        // and "lighthouse board" are one spelling.
        var loose = await db.Statements.Where(s => s.SpeakerId == null).Select(s => new { s.Id, s.SpeakerText }).ToListAsync(ct);
        var back = loose.Where(s => taken.Contains(s.Id) || (s.SpeakerText is { } said && spellings.Contains(SpokenName(said))))
            .Select(s => s.Id).ToList();
        await db.Statements.Where(s => back.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, actor.Id), ct);
        var seated = await db.SummitParticipants.Where(p => p.ActorId == actor.Id).Select(p => p.SummitId).ToListAsync(ct);
        var seats = await db.Summits.Where(x => summits.Contains(x.Id) && !seated.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
        db.SummitParticipants.AddRange(seats.Select(id => new SummitParticipant { SummitId = id, ActorId = actor.Id }));
        edits.Record(User, "Actor", actor.Id, "review", new { Review = nameof(ReviewState.Rejected) },
            new { Review = nameof(ReviewState.Accepted), Meaning = "restored as an actor", AttributedStatements = back, RejoinedSummits = seats });
        actor.Review = ReviewState.Accepted;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        catalog.Invalidate();
        return Done($"{actor.Name} restored as an actor: {back.Count} statement(s) are theirs again" +
                    (seats.Count > 0 ? $", back in {seats.Count} summit(s)." : "."));
    }

    private static string SpokenName(string said)
    {
        var name = ActorCatalog.NormalizeName(said);
        return name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;
    }

    /// <summary>The statements and summits the actor's latest rejection took away (from its edit record).</summary>
    private async Task<(List<int> Statements, List<int> Summits)> LastRejectionAsync(int actorId, CancellationToken ct)
    {
        var after = await db.EditRecords.Where(e => e.EntityType == "Actor" && e.EntityId == actorId && e.Action == "review" && e.After!.Contains("UnattributedStatements"))
            .OrderByDescending(e => e.Id).Select(e => e.After).FirstOrDefaultAsync(ct);
        if (after is null) return ([], []);
        using var json = System.Text.Json.JsonDocument.Parse(after);
        static List<int> Ids(System.Text.Json.JsonElement root, string name) =>
            root.TryGetProperty(name, out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Number).Select(e => e.GetInt32()).ToList() : [];
        return (Ids(json.RootElement, "UnattributedStatements"), Ids(json.RootElement, "LeftSummits"));
    }

    public async Task<IActionResult> OnPostStatementAsync(int id, string verdict, CancellationToken ct)
    {
        if (await db.Statements.FindAsync([id], ct) is not { } statement) return NotFound();
        var state = Verdict(verdict);
        edits.Record(User, "Statement", id, "review", new { Review = statement.Review.ToString() }, new { Review = state.ToString() });
        statement.Review = state;
        await db.SaveChangesAsync(ct);
        return Done($"Statement {state.ToString().ToLowerInvariant()}.");
    }

    public async Task<IActionResult> OnPostArticleAsync(int id, string verdict, CancellationToken ct)
    {
        if (await db.Articles.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } article) return NotFound();
        var relevant = Verdict(verdict) == ReviewState.Accepted;
        edits.Record(User, "Article", id, "relevance", new { article.IsRelevant, article.RelevanceBorderline }, new { IsRelevant = relevant, RelevanceOverridden = true });
        article.IsRelevant = relevant;
        article.RelevanceBorderline = false;
        article.RelevanceOverridden = true;
        await db.SaveChangesAsync(ct);
        await store.ReanalyzeAsync(id, ct); // analysed (or cleared) as the editor decided
        return Done(relevant ? $"“{article.Title}” marked relevant." : $"“{article.Title}” marked not relevant.");
    }

    private static ReviewState Verdict(string? verdict) => verdict == "accept" ? ReviewState.Accepted : ReviewState.Rejected;

    private IActionResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect("/Review");
    }
}
