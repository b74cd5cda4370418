using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Sources;

/// <summary>Adds or edits a source (direct store access until the scraper's source service is on main).</summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, TimeProvider clock) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string SourceUrl { get; set; } = "";
    [BindProperty] public SourceKind Kind { get; set; }
    [BindProperty] public string? LinkSelector { get; set; }
    [BindProperty] public string? ContentSelector { get; set; }
    [BindProperty] public string TimeZone { get; set; } = "Asia/Seoul";
    [BindProperty] public int IntervalMinutes { get; set; } = 30;

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null) return Page();
        if (await db.Sources.FindAsync([id], ct) is not { } s) return NotFound();
        (Name, SourceUrl, Kind, LinkSelector, ContentSelector, TimeZone, IntervalMinutes) =
            (s.Name, s.Url, s.Kind, s.LinkSelector, s.ContentSelector, s.TimeZone, s.IntervalMinutes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var source = id is null ? null : await db.Sources.FindAsync([id], ct);
        if (id is not null && source is null) return NotFound();
        if (string.IsNullOrWhiteSpace(Name)) ModelState.AddModelError(nameof(Name), "Give the source a name.");
        if (!Uri.TryCreate(SourceUrl?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            ModelState.AddModelError(nameof(SourceUrl), "The URL must start with http:// or https://.");
        if (Kind == SourceKind.Listing && string.IsNullOrWhiteSpace(LinkSelector))
            ModelState.AddModelError(nameof(LinkSelector), "A listing page needs a CSS selector for its article links.");
        if (FuzzyDate.FindZone(TimeZone) == TimeZoneInfo.Utc && TimeZone is not ("UTC" or "Etc/UTC"))
            ModelState.AddModelError(nameof(TimeZone), $"Unknown time zone “{TimeZone}” (use an IANA id such as Asia/Seoul).");
        if (IntervalMinutes is < 5 or > 10080) ModelState.AddModelError(nameof(IntervalMinutes), "Check every 5 minutes to 7 days.");
        var url = uri?.ToString() ?? "";
        if (ModelState.IsValid && await db.Sources.AnyAsync(s => s.Url == url && s.Id != (id ?? 0), ct))
            ModelState.AddModelError(nameof(SourceUrl), "A source with this URL already exists.");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var before = source is null ? null : Snapshot(source);
        source ??= db.Sources.Add(new Source { CreatedUtc = now, NextCheckUtc = now }).Entity;
        (source.Name, source.Url, source.Kind, source.TimeZone, source.IntervalMinutes) = (Name.Trim(), url, Kind, TimeZone.Trim(), IntervalMinutes);
        source.LinkSelector = string.IsNullOrWhiteSpace(LinkSelector) ? null : LinkSelector.Trim();
        source.ContentSelector = string.IsNullOrWhiteSpace(ContentSelector) ? null : ContentSelector.Trim();
        await db.SaveChangesAsync(ct);
        edits.Record(User, "Source", source.Id, before is null ? "add" : "edit", before, Snapshot(source));
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Source “{source.Name}” saved.";
        return Redirect("/Sources");
    }

    private static object Snapshot(Source s) => new { s.Name, s.Url, Kind = s.Kind.ToString(), s.LinkSelector, s.ContentSelector, s.TimeZone, s.IntervalMinutes };
}
