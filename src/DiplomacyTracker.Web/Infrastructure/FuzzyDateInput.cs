using System.Globalization;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Reads dates typed in forms and query strings: "2025", "2025-10", "2025-10-18" (Seoul calendar days).</summary>
public static class FuzzyDateInput
{
    public static bool TryParse(string? text, out FuzzyDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var t = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
            date = FuzzyDate.FromDay(day, FuzzyDate.Seoul);
        else if (DateTime.TryParseExact(t, "yyyy-MM", inv, DateTimeStyles.None, out var month))
            date = FuzzyDate.FromMonth(month.Year, month.Month, FuzzyDate.Seoul);
        else if (t.Length == 4 && int.TryParse(t, NumberStyles.None, inv, out var year) && year is >= 1900 and <= 2200)
            date = FuzzyDate.FromYear(year, FuzzyDate.Seoul);
        else
            return false;
        return true;
    }

    /// <summary>The text a form shows for a stored date (the inverse of <see cref="TryParse"/>).</summary>
    public static string Format(FuzzyDate? date) => date is { } d && d.Precision != DatePrecision.Time ? d.ToIsoString()
        : date is { } t ? t.LocalDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
