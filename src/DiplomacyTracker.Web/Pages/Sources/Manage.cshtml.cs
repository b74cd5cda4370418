using DiplomacyTracker.Data;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>Pause/resume a source and "Scrape now" (due at the scraper's next pass), through the SourceRegistry.</summary>
[Authorize]
public sealed class ManageModel(SourceRegistry sources, EditLog edits, TrackerDbContext db) : PageModel
{
    public IActionResult OnGet() => Redirect("/Sources");

    public async Task<IActionResult> OnPostPauseAsync(int id, bool paused, CancellationToken ct)
    {
        if (await sources.GetAsync(id, ct) is not { } source) return NotFound();
        await sources.SetPausedAsync(id, paused, ct);
        edits.Record(User, "Source", id, paused ? "pause" : "resume", new { source.Paused }, new { Paused = paused });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = paused ? $"Paused {source.Name}." : $"Resumed {source.Name}.";
        return Redirect("/Sources");
    }

    public async Task<IActionResult> OnPostScrapeAsync(int id, CancellationToken ct)
    {
        if (await sources.GetAsync(id, ct) is not { } source) return NotFound();
        await sources.RequestScrapeAsync(id, ct);
        TempData["Message"] = source.Paused ? $"{source.Name} is paused; resume it to scrape." : $"{source.Name} will be checked at the scraper's next pass.";
        return Redirect("/Sources");
    }
}
