using DiplomacyTracker.Dates;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>What the summit forms (correct, enter by hand) read the same way: dates at their precision, participants by any spelling.</summary>
public static class SummitFields
{
    public const string DateHint = "Use 2025, 2025-10, 2025-10-18, 2025-10-18 10:00 (KST), Oct 2025 or 18 Oct 2025.";

    /// <summary>Start and end as typed; errors go into <paramref name="errors"/> under "Start"/"End".</summary>
    public static (FuzzyDate? Start, FuzzyDate? End) Dates(string? start, string? end, ModelStateDictionary errors)
    {
        if (!FuzzyDateInput.TryParse(start, out var first)) errors.AddModelError("Start", DateHint);
        if (!FuzzyDateInput.TryParse(end, out var last)) errors.AddModelError("End", DateHint);
        if (first is { } f && last is { } l && l.LatestUtc < f.EarliestUtc) errors.AddModelError("End", "The end is before the start.");
        return (first, last);
    }

    /// <summary>One actor per line (name or any spelling); a line naming none or several is an error under "Participants".</summary>
    public static async Task<List<int>> ParticipantsAsync(SpeakerLookup speakers, string? lines, ModelStateDictionary errors, CancellationToken ct)
    {
        var wanted = new List<int>();
        foreach (var name in (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ids = await speakers.FindActorIdsAsync(name, ct);
            if (ids.Count == 1) wanted.Add(ids[0]);
            else errors.AddModelError("Participants", ids.Count == 0 ? $"No actor called “{name}”." : $"“{name}” matches {ids.Count} actors; use the full name.");
        }
        return wanted.Distinct().ToList();
    }

    /// <summary>Empty means none; browsers post textarea lines as CRLF, stored text keeps LF.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");
}
