using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.History;

/// <summary>
/// Every edit in one place, newest first (who, when, what, before and after), filterable by kind of item and editor:
/// the only place a deleted article's or removed editor's record can still be read. Editors only: it names editors and
/// holds what was rejected or deleted; readers see "corrected by an editor" on the item itself.
/// </summary>
[Authorize]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Editor { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public List<EditRecord> Records { get; private set; } = [];
    public List<string> Kinds { get; private set; } = [];
    public long? NextBefore { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = db.EditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Kind)) q = q.Where(e => e.EntityType == Kind);
        if (!string.IsNullOrWhiteSpace(Editor)) q = q.Where(e => e.Editor == Editor.Trim());
        if (Before is { } before) q = q.Where(e => e.Id < before);
        Records = await q.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(ct);
        if (Records.Count > PageSize)
        {
            Records.RemoveAt(PageSize);
            NextBefore = Records[^1].Id;
        }
        Kinds = await db.EditRecords.Select(e => e.EntityType).Distinct().OrderBy(k => k).ToListAsync(ct);
        var actorIds = Records.Where(r => r.EntityType == "Actor").Select(r => r.EntityId).Distinct().ToList();
        actorSlugs = await db.Actors.Where(a => actorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Slug, ct);
        var statementIds = Records.Where(r => r.EntityType == "Statement").Select(r => r.EntityId).Distinct().ToList();
        statementArticles = await db.Statements.Where(s => statementIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ArticleId, ct);
    }

    private Dictionary<int, string> actorSlugs = [];
    private Dictionary<int, int> statementArticles = [];

    /// <summary>Where the edited item lives, or null when it has no page (or no longer exists).</summary>
    public string? Link(EditRecord e) => e.EntityType switch
    {
        "Article" when e.Action != "delete" => $"/Articles/{e.EntityId}",
        "Statement" when statementArticles.TryGetValue(e.EntityId, out var article) => $"/Articles/{article}#s{e.EntityId}",
        "Summit" => $"/Summits/{e.EntityId}",
        "Actor" when actorSlugs.TryGetValue(e.EntityId, out var slug) => $"/Actors/{Uri.EscapeDataString(slug)}",
        "Source" => $"/Sources/Edit/{e.EntityId}",
        "Editor" => "/Account/Editors",
        _ => null,
    };

    public string OlderLink() =>
        "/History?" + string.Join("&", new[] { ("kind", Kind), ("editor", Editor), ("before", NextBefore?.ToString()) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
