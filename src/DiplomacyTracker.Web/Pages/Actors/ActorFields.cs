using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DiplomacyTracker.Web.Pages.Actors;

/// <summary>What the actor forms (add, edit) read the same way: spellings one per line, roles as "Title | Organisation | from | to".</summary>
public static partial class ActorFields
{
    public const string RoleHint = "write Title | Organisation | from | to (dates 2025-06-04, 2025-06 or 2025; empty = open)";

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The roles typed, or an error per line that cannot be read (added to <paramref name="errors"/> under <paramref name="key"/>).</summary>
    public static List<ActorRole> ParseRoles(string? text, ModelStateDictionary errors, string key)
    {
        var roles = new List<ActorRole>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length != 4 || parts[0].Length == 0 || !TryDay(parts[2], end: false, out var from) || !TryDay(parts[3], end: true, out var to))
                errors.AddModelError(key, $"“{line}”: {RoleHint}.");
            else
                roles.Add(new ActorRole { Title = parts[0], Organisation = parts[1].Length == 0 ? null : parts[1], FromDate = from, ToDate = to });
        }
        return roles;
    }

    /// <summary>The name first, then every other spelling, each once (by its normalised form).</summary>
    public static List<(string Text, string Normalized)> Spellings(string name, string? aliases) =>
        Lines(aliases).Prepend(name).Select(t => (Text: t, Normalized: ActorCatalog.NormalizeName(t)))
            .Where(t => t.Normalized.Length > 0).DistinctBy(t => t.Normalized).ToList();

    public static string FormatRole(ActorRole r) =>
        $"{r.Title} | {r.Organisation} | {r.FromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} | {r.ToDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DayPattern();

    private static bool TryDay(string text, bool end, out DateOnly? day)
    {
        day = null;
        if (text.Length == 0) return true;
        if (!DayPattern().IsMatch(text)) return false;
        try { day = end ? ActorCatalog.ParseEnd(text) : ActorCatalog.ParseStart(text); return true; }
        catch (ArgumentOutOfRangeException) { return false; }
    }
}
