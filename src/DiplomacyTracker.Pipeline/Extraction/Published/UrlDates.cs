using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>The date a URL path carries: "/2025/08/31/" or "/20250831-" is a day, "/2025/08/" only a month.</summary>
internal static partial class UrlDates
{
    [GeneratedRegex(@"/((?:19|20)[0-9]{2})[/\-_.]?(0[1-9]|1[0-2])[/\-_.]?(0[1-9]|[12][0-9]|3[01])(?=[/\-_.]|[^0-9]|$)")]
    private static partial Regex Day();

    [GeneratedRegex(@"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])/")]
    private static partial Regex Month();

    public static FuzzyDate? FromPath(string? path, TimeZoneInfo zone)
    {
        if (string.IsNullOrEmpty(path)) return null;
        if (Day().Match(path) is { Success: true } d
            && DateOnly.TryParseExact($"{d.Groups[1].Value}-{d.Groups[2].Value}-{d.Groups[3].Value}", "yyyy-MM-dd", out var day))
            return FuzzyDate.FromDay(day, zone);
        if (Month().Match(path) is { Success: true } m)
            return FuzzyDate.FromMonth(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), zone);
        return null;
    }
}
