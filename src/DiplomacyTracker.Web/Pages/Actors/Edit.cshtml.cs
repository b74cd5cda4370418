using DiplomacyTracker.Data;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>An editor edits an actor's name, spellings and roles; EditedUtc keeps reference upgrades off it.</summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, CatalogProvider catalog, TimeProvider clock) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Aliases { get; set; }
    [BindProperty] public string? Roles { get; set; }

    public Actor Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } actor) return NotFound();
        (Name, Country, Description) = (actor.Name, actor.Country, actor.Description);
        Aliases = string.Join("\n", actor.Aliases.Select(a => a.Text));
        Roles = string.Join("\n", actor.Roles.OrderBy(r => r.FromDate).Select(ActorFields.FormatRole));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } actor) return NotFound();
        if (string.IsNullOrWhiteSpace(Name)) ModelState.ReplaceErrors(nameof(Name), "An actor needs a name.");
        var roles = ActorFields.ParseRoles(Roles, ModelState, nameof(Roles));
        if (!ModelState.IsValid) return Page();

        var before = Snapshot(actor);
        actor.Name = Name.Trim();
        actor.Country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
        actor.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        var wanted = ActorFields.Spellings(actor.Name, Aliases);
        actor.Aliases.RemoveAll(a => wanted.All(w => w.Normalized != a.Normalized));
        foreach (var (text, normalized) in wanted.Where(w => actor.Aliases.All(a => a.Normalized != w.Normalized)))
            actor.Aliases.Add(new ActorAlias { Text = text, Normalized = normalized });
        actor.Roles.Clear();
        actor.Roles.AddRange(roles);
        actor.EditedUtc = clock.GetUtcNow().UtcDateTime;
        if (actor.Review == ReviewState.Pending) actor.Review = ReviewState.Accepted;
        edits.Record(User, "Actor", actor.Id, "edit", before, Snapshot(actor));
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
        TempData["Message"] = "Actor saved.";
        return Redirect($"/Actors/{actor.Slug}");
    }

    private async Task<Actor?> LoadAsync(int id, CancellationToken ct)
    {
        var actor = await db.Actors.Include(a => a.Aliases).Include(a => a.Roles).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id && a.MergedIntoId == null, ct);
        if (actor is not null) Actor = actor;
        return actor;
    }

    private static object Snapshot(Actor a) => new
    {
        a.Name, a.Country, a.Description, Aliases = a.Aliases.Select(x => x.Text).ToList(), Roles = a.Roles.Select(ActorFields.FormatRole).ToList(),
    };
}
