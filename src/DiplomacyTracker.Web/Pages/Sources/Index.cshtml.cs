using DiplomacyTracker.Scraping;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>The sources' health table, from the scraper's SourceRegistry (the same rows `sources list` prints).</summary>
public sealed class IndexModel(SourceRegistry sources) : PageModel
{
    public IReadOnlyList<SourceHealth> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sources = await sources.ListAsync(ct);
}
