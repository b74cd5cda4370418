using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>
/// The sources' health table. Queries Sources directly until the scraper's source service is on main
/// (then ListAsync replaces this query).
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public List<Source> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);

    public static string Health(Source s) => s switch
    {
        { IsPaused: true } => "paused",
        { LastAttemptUtc: null } => "not checked yet",
        { ConsecutiveFailures: >= 3 } => "failing",
        { ConsecutiveFailures: > 0 } => "recent failure",
        _ => "healthy",
    };
}
