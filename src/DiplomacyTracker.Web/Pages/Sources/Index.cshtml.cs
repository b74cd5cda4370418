using DiplomacyTracker.Scraping;
using DiplomacyTracker.Web.Scraping;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>The sources' health table, from the scraper's SourceRegistry (the same rows `sources list` prints), and "Scrape now" runs.</summary>
public sealed class IndexModel(SourceRegistry sources, ManualScrapes manual, IOptions<ScraperOptions> scraper) : PageModel
{
    public IReadOnlyList<SourceHealth> Sources { get; private set; } = [];
    public IReadOnlyDictionary<int, ManualScrape> Runs => manual.Runs;

    /// <summary>False when Scraper:Enabled is false: nothing checks the sources on their schedule.</summary>
    public bool ScraperOn => scraper.Value.Enabled;

    public bool AnyRunning => Runs.Values.Any(r => r.Running);

    public async Task OnGetAsync(CancellationToken ct) => Sources = await sources.ListAsync(ct);

    /// <summary>The "Scrape now" runs as JSON, for the page to follow a run without reloading by hand.</summary>
    public IActionResult OnGetStatus() =>
        new JsonResult(Runs.Values.Select(r => new { sourceId = r.SourceId, name = r.Name, running = r.Running, result = r.Describe() }));
}
