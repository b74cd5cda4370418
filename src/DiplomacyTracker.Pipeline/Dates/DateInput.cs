using System.Globalization;

namespace DiplomacyTracker.Dates;

/// <summary>
/// Reads a date typed by a person (the Add-article form, `--published`): "2025-10-18", "2025-10", "2025",
/// "2025-10-18 10:00", or ISO 8601 with a zone. Without a zone the date is Korea time.
/// Years outside 1900–2100 ("9999-12-31", "0001-01") are refused, not turned into an overflow.
/// </summary>
public static class DateInput
{
    private static readonly string[] LocalTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss"];

    public static bool TryParse(string? text, out FuzzyDate date, TimeZoneInfo? zone = null)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        zone ??= FuzzyDate.Seoul;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day) && Plausible(day.Year))
        {
            date = FuzzyDate.FromDay(day, zone);
            return true;
        }
        if (DateTime.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out var month) && Plausible(month.Year))
        {
            date = FuzzyDate.FromMonth(month.Year, month.Month, zone);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && Plausible(year))
        {
            date = FuzzyDate.FromYear(year, zone);
            return true;
        }
        if (DateTime.TryParseExact(text, LocalTimeFormats, inv, DateTimeStyles.None, out var local) && Plausible(local.Year))
        {
            var offset = zone.GetUtcOffset(local);
            date = FuzzyDate.FromInstant(new DateTimeOffset(local, offset));
            return true;
        }
        if (text.Contains('T') && DateTimeOffset.TryParse(text, inv, DateTimeStyles.None, out var instant)
            && Plausible(instant.Year) && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T')))
        {
            date = FuzzyDate.FromInstant(instant);
            return true;
        }
        return false;
    }

    private static bool Plausible(int year) => year is >= 1900 and <= 2100;
}
