using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>Adds or edits a source through the scraper's SourceRegistry (same validation as the CLI); the edit is recorded.</summary>
[Authorize]
public sealed class EditModel(SourceRegistry sources, EditLog edits, DiplomacyTracker.Data.TrackerDbContext db) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string SourceUrl { get; set; } = "";
    [BindProperty] public SourceKind Kind { get; set; }
    [BindProperty] public string? LinkSelector { get; set; }
    [BindProperty] public string? ContentSelector { get; set; }
    [BindProperty] public string TimeZone { get; set; } = SourceRegistry.DefaultTimeZone;
    [BindProperty] public int IntervalMinutes { get; set; } = 30;

    public int? Id { get; private set; }
    public List<DiplomacyTracker.Data.Entities.EditRecord> Edits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null) return Page();
        if (await sources.GetAsync(id.Value, ct) is not { } s) return NotFound();
        (Name, SourceUrl, Kind, LinkSelector, ContentSelector, TimeZone, IntervalMinutes) =
            (s.Name, s.Url, s.Kind, s.LinkSelector, s.ContentSelector, s.TimeZone, s.IntervalMinutes);
        Edits = await edits.HistoryAsync("Source", id.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var before = id is null ? null : await sources.GetAsync(id.Value, ct);
        if (id is not null && before is null) return NotFound();
        var input = new SourceInput(SourceUrl ?? "", Name, Kind, LinkSelector, ContentSelector, TimeZone, IntervalMinutes);
        SourceHealth saved;
        try
        {
            saved = id is null ? await sources.AddAsync(input, ct) : await sources.UpdateAsync(id.Value, input, ct);
        }
        catch (SourceInputException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
        edits.Record(User, "Source", saved.Id, before is null ? "add" : "edit", before, saved);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Source “{saved.Name}” saved.";
        return Redirect("/Sources");
    }
}
