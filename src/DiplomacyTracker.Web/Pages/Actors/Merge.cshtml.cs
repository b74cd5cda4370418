using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>
/// Merges one actor into another (a discovered "Kang" into "Kang Kyung-wha") in three steps, never on a typed name
/// alone: search, choose one actor from the list (name, country, what they are known for), confirm after seeing what
/// will move. The merged actor stays as a tombstone so nothing brings it back; the merge can be undone
/// (<see cref="ActorMerges"/>), from the target's page.
/// </summary>
[Authorize]
public sealed class MergeModel(TrackerDbContext db, ActorMerges merges) : PageModel
{
    public const int MaxChoices = 20;

    /// <summary>A candidate: who they are, so "Kim Gu" the diplomat and Kim Koo (d. 1949) are told apart before choosing.</summary>
    public sealed record Choice(int Id, string Name, string Slug, string? Country, string? Description, string? Role, int Statements);

    /// <summary>Words of the other actor's name or any spelling.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Target { get; set; }

    /// <summary>The actor chosen from the list: the page then asks to confirm.</summary>
    [BindProperty(SupportsGet = true)] public int? Into { get; set; }

    public Actor Actor { get; private set; } = null!;
    public List<Choice> Choices { get; private set; } = [];
    public Choice? Chosen { get; private set; }
    public (int Statements, int Summits) Moves { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } actor) return NotFound();
        Actor = actor;
        if (Into is { } into)
        {
            if (into == id) ModelState.AddModelError(nameof(Into), "An actor cannot be merged into itself.");
            else if ((await ChoicesAsync([into], ct)).FirstOrDefault() is { } chosen)
            {
                Chosen = chosen;
                Moves = await merges.PreviewAsync(id, ct);
            }
            else ModelState.AddModelError(nameof(Into), "That actor no longer exists (merged or rejected): search again.");
        }
        else if (!string.IsNullOrWhiteSpace(Target))
        {
            // Every actor with a spelling that starts with the words, exact spellings first: "Kim Gu" lists Kim Gu and
            // Kim Gu-hyeon alike, so the editor sees both before choosing.
            var typed = ActorCatalog.NormalizeName(Target);
            var found = typed.Length == 0 ? [] : await db.ActorAliases.Where(a => a.Normalized.StartsWith(typed) && a.ActorId != id)
                .OrderBy(a => a.Normalized.Length).Select(a => a.ActorId).Take(MaxChoices * 4).ToListAsync(ct);
            Choices = await ChoicesAsync(found.Distinct().Take(MaxChoices).ToList(), ct);
            if (Choices.Count == 0) ModelState.AddModelError(nameof(Target), $"No other actor answers to “{Target}”.");
        }
        return Page();
    }

    /// <summary>The confirmed merge into the actor chosen from the list.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } source) return NotFound();
        Actor = source;
        if (Into is not { } into || into == id || (await ChoicesAsync([into], ct)).Count == 0)
        {
            ModelState.AddModelError(nameof(Into), "Choose the actor to merge into from the list first.");
            return Page();
        }
        var target = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().SingleAsync(a => a.Id == into, ct);
        var moved = await merges.MergeAsync(User, source, target, ct);
        TempData["Message"] = $"Merged {source.Name} into {target.Name}: {moved.StatementIds.Count} statement(s) and {moved.SummitIds.Count} summit(s) moved. "
                              + "It can be undone from this page.";
        return Redirect($"/Actors/{target.Slug}");
    }

    public async Task<IActionResult> OnPostUndoAsync(int id, CancellationToken ct)
    {
        var (source, error) = await merges.UndoAsync(User, id, ct);
        if (source is null) return NotFound();
        TempData["Message"] = error ?? $"Merge undone: {source.Name} is an actor of their own again.";
        return Redirect($"/Actors/{source.Slug}");
    }

    private async Task<Actor?> LoadAsync(int id, CancellationToken ct) =>
        await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id && a.MergedIntoId == null, ct);

    private async Task<List<Choice>> ChoicesAsync(List<int> ids, CancellationToken ct)
    {
        var rows = await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id) && a.MergedIntoId == null && a.Review != ReviewState.Rejected)
            .Select(a => new
            {
                a.Id, a.Name, a.Slug, a.Country, a.Description,
                Role = a.Roles.OrderByDescending(r => r.FromDate).Select(r => r.Title + (r.Organisation == null ? "" : ", " + r.Organisation)).FirstOrDefault(),
                Statements = db.Statements.Count(s => s.SpeakerId == a.Id),
            }).ToListAsync(ct);
        return rows.OrderBy(r => ids.IndexOf(r.Id)).Select(r => new Choice(r.Id, r.Name, r.Slug, r.Country, r.Description, r.Role, r.Statements)).ToList();
    }
}
