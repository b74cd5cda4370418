using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>Officials and institutions; `q` filters by name or any alias. Merged and rejected ("not an actor") ones are hidden.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(string Name, string Slug, string? Country, ActorKind Kind, string? Description, int Statements);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<Row> Actors { get; private set; } = [];
    public bool HasMore { get; private set; }

    /// <summary>How many match in all (every page).</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000); // (p - 1) * size never overflows
        var q = db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null && a.Review != ReviewState.Rejected);
        var normalized = ActorCatalog.NormalizeName(Q ?? "");
        if (normalized.Length > 0)
            q = q.Where(a => a.Aliases.Any(al => al.Normalized.Contains(normalized)) || a.Name.Contains(Q!.Trim()));
        Total = await q.CountAsync(ct);
        Actors = await q.OrderBy(a => a.Name).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.Name, a.Slug, a.Country, a.Kind, a.Description, db.Statements.Count(s => s.SpeakerId == a.Id)))
            .ToListAsync(ct);
        HasMore = Actors.Count > PageSize;
        if (HasMore) Actors.RemoveAt(PageSize);
    }
}
