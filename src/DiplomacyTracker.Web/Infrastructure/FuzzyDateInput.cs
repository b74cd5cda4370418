using System.Globalization;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Reads dates typed in forms and query strings, at the precision typed (Seoul calendar, KST clock):
/// "2025", "2025-10", "Oct 2025", "2025-10-18", "18 Oct 2025", "2025-10-18 10:00", "18 Oct 2025 10:00 KST".
/// Years outside 1900–2200 ("9999-12-31", "0001-01-01") are not dates here: refused, never an overflow.
/// </summary>
public static class FuzzyDateInput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy"];
    private static readonly string[] MonthFormats = ["yyyy-MM", "MMM yyyy", "MMMM yyyy"];
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm"];

    public static bool TryParse(string? text, out FuzzyDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var t = string.Join(' ', text.Replace(",", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (t.EndsWith(" KST", StringComparison.OrdinalIgnoreCase)) t = t[..^4];
        const DateTimeStyles none = DateTimeStyles.None;
        if (DateOnly.TryParseExact(t, DayFormats, Inv, none, out var day) && Plausible(day.Year))
            date = FuzzyDate.FromDay(day, FuzzyDate.Seoul);
        else if (DateTime.TryParseExact(t, MonthFormats, Inv, none, out var month) && Plausible(month.Year))
            date = FuzzyDate.FromMonth(month.Year, month.Month, FuzzyDate.Seoul);
        else if (t.Length == 4 && int.TryParse(t, NumberStyles.None, Inv, out var year) && Plausible(year))
            date = FuzzyDate.FromYear(year, FuzzyDate.Seoul);
        else if (DateTime.TryParseExact(t, TimeFormats, Inv, none, out var local) && Plausible(local.Year))
            date = FuzzyDate.FromInstant(new DateTimeOffset(local, FuzzyDate.Seoul.GetUtcOffset(local)));
        else
            return false;
        return true;
    }

    private static bool Plausible(int year) => year is >= 1900 and <= 2200;

    /// <summary>The text a form shows for a stored date (the inverse of <see cref="TryParse"/>): times as "2025-10-18 10:00" KST.</summary>
    public static string Format(FuzzyDate? date) => date switch
    {
        null => "",
        { Precision: DatePrecision.Time } d =>
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(d.EarliestUtc, DateTimeKind.Utc), FuzzyDate.Seoul).ToString("yyyy-MM-dd HH:mm", Inv),
        { } d => d.ToIsoString(),
    };

    /// <summary>True when both name the same span at the same precision (the zone it was written in aside).</summary>
    public static bool SameDate(FuzzyDate? a, FuzzyDate? b) =>
        a is null ? b is null : b is { } y && a.Value.EarliestUtc == y.EarliestUtc && a.Value.LatestUtc == y.LatestUtc && a.Value.Precision == y.Precision;
}
