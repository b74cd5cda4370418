using DiplomacyTracker.Analysis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>Every summit with its status and dates, newest first; summits with an unknown date last; a count and downloads.</summary>
public sealed class IndexModel(SummitCatalog catalog, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public SummitStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<SummitCard> Summits { get; private set; } = [];
    public bool HasMore { get; private set; }
    public int Total { get; private set; }
    public int Overdue { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000); // (p - 1) * size never overflows
        Now = clock.GetUtcNow();
        var all = SummitCatalog.Filter(await catalog.GetAsync(ct), status: Status).ToList();
        Total = all.Count;
        Overdue = all.Count(s => s.OverdueAt(Now));
        Summits = all.Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToList();
        HasMore = Summits.Count > PageSize;
        if (HasMore) Summits.RemoveAt(PageSize);
    }
}
