using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>Every summit with its status and dates, newest first; summits with an unknown date last.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public SummitStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<SummitCard> Summits { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000); // (p - 1) * size never overflows
        var q = db.Summits.AsQueryable();
        if (Status is { } s) q = q.Where(x => x.Status == s);
        Summits = await SummitQueries.CardsAsync(q.OrderByDescending(x => x.StartUtc != null).ThenByDescending(x => x.StartUtc).ThenByDescending(x => x.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1), ct);
        HasMore = Summits.Count > PageSize;
        if (HasMore) Summits.RemoveAt(PageSize);
    }
}
