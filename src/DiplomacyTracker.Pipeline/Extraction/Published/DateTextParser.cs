using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>A date found in text: where it starts, how long it is, and whether the text named its zone ("10:00 ET").</summary>
internal readonly record struct TextDate(FuzzyDate Date, int Index, int Length, bool ZoneWritten);

/// <summary>Parses publication dates as pages write them, machine forms ("2025-08-31T10:00:00+09:00", "20250831",
/// "Sun, 28 Jun 2020 21:16:15 GMT") and human ones in many languages ("October 18, 2025 at 10:00 AM",
/// "18. Oktober 2025, 10:00 Uhr", "le 18 octobre 2025", "18 de octubre de 2025", "18.10.2025", "18/10/2025",
/// "2025.10.18", "2025년 10월 18일 오후 3:00", "2025年10月18日"), keeping their precision (milliseconds written after a
/// colon, "22:06:08:684Z", still leave the zone readable); zone-less times are
/// read in the given zone. Only years from 1990 to 2099 are dates.</summary>
internal static partial class DateTextParser
{
    [GeneratedRegex(@"^\s*([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:[T\s]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,:][0-9]{1,7})?)?\s*(Z|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT|KST)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"^\s*([0-9]{4})([0-9]{2})([0-9]{2})(?:T?([0-9]{2})([0-9]{2})([0-9]{2})?)?\s*$")]
    private static partial Regex Compact();

    /// <summary>Day or month names ("Sun, 28 Jun 2020 21:16:15 GMT"): only then may .NET's own parser read the value,
    /// because it would read "06-08-2009" month first.</summary>
    [GeneratedRegex(@"[A-Za-z]{3}")]
    private static partial Regex LettersRun();

    /// <summary>Reads a machine date (JSON-LD, meta, time@datetime); null when unreadable.</summary>
    public static FuzzyDate? ParseMachine(string? value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200) return null;
        var m = IsoLike().Match(value);
        if (!m.Success) m = Compact().Match(value);
        if (m.Success)
            return DateBuilder.Build(Int(m, 1), Int(m, 2), Int(m, 3), OptInt(m, 4), OptInt(m, 5), null, m.Groups.Count > 7 ? m.Groups[7].Value : "", zone);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            && LettersRun().IsMatch(value) && HasZone(value) && parsed.Year is >= 1990 and < 2100)
            return FuzzyDate.FromInstant(parsed);
        return FindInText(value, zone, monthFirst: true)?.Date; // software writes "11/01/2023" the American way
    }

    /// <summary>The first date written in <paramref name="text"/> with its position, or null.</summary>
    public static (FuzzyDate Date, int Index)? FindInText(string text, TimeZoneInfo zone, bool monthFirst = false)
    {
        var first = HumanDates.FindAll(text, zone, monthFirst, 1);
        return first.Count == 0 ? null : (first[0].Date, first[0].Index);
    }

    /// <summary>Every date written in <paramref name="text"/>, in order (at most <paramref name="limit"/>).</summary>
    public static List<TextDate> FindAll(string text, TimeZoneInfo zone, bool monthFirst = false, int limit = 50) =>
        HumanDates.FindAll(text, zone, monthFirst, limit);

    private static bool HasZone(string value) =>
        value.Contains("GMT", StringComparison.OrdinalIgnoreCase) || value.Contains("UTC", StringComparison.OrdinalIgnoreCase)
        || Regex.IsMatch(value, @"[+-]\d{2}:?\d{2}\s*$|Z\s*$");

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? OptInt(Match m, int group) => m.Groups[group].Success && m.Groups[group].Value.Length > 0 ? Int(m, group) : null;
}
