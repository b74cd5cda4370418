using DiplomacyTracker.Data;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Scraping;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>
/// Pause/resume a source and "Scrape now": due at the background scraper's next pass, or, with the scraper off, one
/// pass run at once in the app's background (<see cref="ManualScrapes"/>).
/// </summary>
[Authorize]
public sealed class ManageModel(SourceRegistry sources, EditLog edits, TrackerDbContext db, ManualScrapes manual, IOptions<ScraperOptions> scraper) : PageModel
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
        if (source.Paused)
        {
            await sources.RequestScrapeAsync(id, ct); // done when it is resumed
            TempData["Message"] = $"{source.Name} is paused; resume it to scrape.";
            return Redirect("/Sources");
        }
        if (!scraper.Value.Enabled)
        {
            // No background scraper to ask: run one pass for this source now, in the background; the page shows how it goes.
            var run = manual.Start(id, source.Name);
            TempData["Message"] = run.Running ? $"Scraping {source.Name} now (started {Display.Kst(run.StartedUtc.UtcDateTime)}); this page shows the result when it ends." : $"{source.Name}: {run.Describe()}.";
            return Redirect("/Sources");
        }
        await sources.RequestScrapeAsync(id, ct);
        TempData["Message"] = $"{source.Name} will be checked at the scraper's next pass.";
        return Redirect("/Sources");
    }
}
