using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>
/// An editor adds an actor the reference and the analysis do not know (so a statement can be given to them, a summit
/// list them): name, kind, country, spellings, roles. A name some live actor already answers to is refused with a link
/// to that actor, so the same person is not added twice. The analysis knows the new actor from the next article on.
/// </summary>
[Authorize]
public sealed class AddModel(TrackerDbContext db, EditLog edits, CatalogProvider catalog, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Name { get; set; } = "";
    [BindProperty] public ActorKind Kind { get; set; } = ActorKind.Person;
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Aliases { get; set; }
    [BindProperty] public string? Roles { get; set; }

    /// <summary>Where to go back to once the actor exists (the statement being corrected), local addresses only.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The actor that already answers to the name, when that is why the form was refused.</summary>
    public (string Name, string Slug)? Existing { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name)) ModelState.ReplaceErrors(nameof(Name), "An actor needs a name.");
        var roles = ActorFields.ParseRoles(Roles, ModelState, nameof(Roles));
        if (!ModelState.IsValid) return Page();

        var name = Name.Trim();
        var spellings = ActorFields.Spellings(name, Aliases);
        var normalized = spellings.Select(s => s.Normalized).ToList();
        var taken = await db.ActorAliases.Where(a => normalized.Contains(a.Normalized) && a.Actor!.MergedIntoId == null && a.Actor.Review != ReviewState.Rejected)
            .Select(a => new { a.Text, a.Actor!.Name, a.Actor.Slug }).FirstOrDefaultAsync(ct);
        if (taken is not null)
        {
            Existing = (taken.Name, taken.Slug);
            ModelState.AddModelError(nameof(Name), $"“{taken.Text}” is already a spelling of {taken.Name}: open that actor and add to it instead.");
            return Page();
        }

        var country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
        var slugs = await db.Actors.Select(a => a.Slug).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = new Actor
        {
            Name = name, Kind = Kind, Country = country, Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            Slug = Slugs.Unique(name, country, slugs.ToHashSet(StringComparer.Ordinal)),
            Surname = Kind == ActorKind.Person ? name.Split(' ')[0] : null,
            Origin = ActorOrigin.Editor, Review = ReviewState.Accepted, CreatedUtc = now, EditedUtc = now,
        };
        actor.Aliases.AddRange(spellings.Select(s => new ActorAlias { Text = s.Text, Normalized = s.Normalized }));
        actor.Roles.AddRange(roles);
        db.Actors.Add(actor);
        await db.SaveChangesAsync(ct);
        edits.Record(User, "Actor", actor.Id, "add", null, new
        {
            actor.Name, Kind = actor.Kind.ToString(), actor.Country, actor.Description, Aliases = spellings.Select(s => s.Text).ToList(),
            Roles = roles.Select(ActorFields.FormatRole).ToList(),
        });
        await db.SaveChangesAsync(ct);
        catalog.Invalidate();
        TempData["Message"] = $"{actor.Name} added.";
        return Redirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : $"/Actors/{actor.Slug}");
    }
}
