using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>An editor corrects a summit; EditedUtc is set so re-analysis and reference upgrades leave it as corrected.</summary>
[Authorize]
public sealed class EditModel(TrackerDbContext db, EditLog edits, SpeakerLookup speakers, TimeProvider clock) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public SummitStatus Status { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? Participants { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var s = await db.Summits.Include(x => x.Participants).ThenInclude(p => p.Actor).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        Id = id;
        (Title, Kind, Location, Status, Outcome) = (s.Title, s.Kind, s.Location, s.Status, s.Outcome);
        Start = FuzzyDateInput.Format(s.Start);
        End = FuzzyDateInput.Format(s.End);
        Participants = string.Join("\n", s.Participants.Select(p => p.Actor!.Name).Order());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var s = await db.Summits.Include(x => x.Participants).ThenInclude(p => p.Actor).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return NotFound();
        Id = id;
        if (string.IsNullOrWhiteSpace(Title)) ModelState.ReplaceErrors(nameof(Title), "A summit needs a title.");
        var (start, end) = SummitFields.Dates(Start, End, ModelState);
        var wanted = await SummitFields.ParticipantsAsync(speakers, Participants, ModelState, ct);
        if (!ModelState.IsValid) return Page();

        var before = Snapshot(s);
        var json = System.Text.Json.JsonSerializer.Serialize(before);
        s.Title = Title.Trim();
        s.Kind = SummitFields.Blank(Kind);
        s.Location = SummitFields.Blank(Location);
        s.Status = Status;
        s.Outcome = SummitFields.Blank(Outcome);
        // The same date typed back (a form shows times in KST) keeps the stored value and the zone it was written in.
        var oldEnd = s.End ?? s.Start;
        if (!FuzzyDateInput.SameDate(s.Start, start)) s.Start = start;
        if (!FuzzyDateInput.SameDate(oldEnd, end ?? start)) s.End = end ?? start;
        s.Participants.RemoveAll(p => !wanted.Contains(p.ActorId));
        foreach (var actorId in wanted.Where(a => s.Participants.All(p => p.ActorId != a)))
            s.Participants.Add(new() { ActorId = actorId });
        var after = Snapshot(s);
        if (System.Text.Json.JsonSerializer.Serialize(after) == json)
        {
            TempData["Message"] = "Nothing changed.";
            return Redirect($"/Summits/{s.Id}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        s.EditedUtc = now;
        s.UpdatedUtc = now;
        edits.Record(User, "Summit", s.Id, "edit", before, after);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Summit saved.";
        return Redirect($"/Summits/{s.Id}");
    }

    private static object Snapshot(DiplomacyTracker.Data.Entities.Summit s) => new
    {
        s.Title, s.Kind, s.Location, Status = s.Status.ToString(), s.Outcome,
        Start = s.Start?.ToIsoString(), End = (s.End ?? s.Start)?.ToIsoString(), Participants = s.Participants.Select(p => p.ActorId).Order().ToList(),
    };
}
