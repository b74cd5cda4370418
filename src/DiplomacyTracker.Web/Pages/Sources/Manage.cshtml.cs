using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>Pause/resume a source and "Scrape now" (asks the scraper to check it at its next tick).</summary>
[Authorize]
public sealed class ManageModel(TrackerDbContext db, EditLog edits, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => Redirect("/Sources");

    public async Task<IActionResult> OnPostPauseAsync(int id, bool paused, CancellationToken ct)
    {
        if (await db.Sources.FindAsync([id], ct) is not { } source) return NotFound();
        edits.Record(User, "Source", id, paused ? "pause" : "resume", new { source.IsPaused }, new { IsPaused = paused });
        source.IsPaused = paused;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = paused ? $"Paused {source.Name}." : $"Resumed {source.Name}.";
        return Redirect("/Sources");
    }

    public async Task<IActionResult> OnPostScrapeAsync(int id, CancellationToken ct)
    {
        if (await db.Sources.FindAsync([id], ct) is not { } source) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        source.ScrapeRequestedUtc = now;
        source.NextCheckUtc = now;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = source.IsPaused ? $"{source.Name} is paused; resume it to scrape." : $"{source.Name} will be checked within a minute.";
        return Redirect("/Sources");
    }
}
