using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Parses publication dates as pages write them, machine forms ("2025-08-31T10:00:00+09:00") and
/// human ones ("Published: October 18, 2025 at 10:00 AM", "Sunday, August 31, 2025", "2025.08.31 10:00",
/// "2025년 8월 31일"), keeping their precision; zone-less times are read in the given zone.</summary>
internal static partial class DateTextParser
{
    [GeneratedRegex(@"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT|KST)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")]
    private static partial Regex Compact();

    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Clock = @"(?:\s*(?:at|,|-|–|\||@)?\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?\s?m\.?)?\s*(KST|JST|EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|IST)?)?";

    [GeneratedRegex(@"\b(" + Months + @")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})\b" + Clock, RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + Months + @")\.?,?\s+(\d{4})\b" + Clock, RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?(?!\d)(?:\s*(?:\([^)]{1,3}\))?\s*(\d{1,2}):(\d{2}))?")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*(?:\([^)]{1,3}\))?\s*(오전|오후)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})?)?")]
    private static partial Regex Korean();

    /// <summary>Reads a machine date (JSON-LD, meta, time@datetime); null when unreadable.</summary>
    public static FuzzyDate? ParseMachine(string? value, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoLike().Match(value);
        if (!m.Success) m = Compact().Match(value);
        if (m.Success)
            return Build(Int(m, 1), Int(m, 2), Int(m, 3), m.Groups[4].Success ? Int(m, 4) : null, m.Groups[5].Success ? Int(m, 5) : null, null, m.Groups.Count > 7 ? m.Groups[7].Value : "", zone);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            && HasZone(value))
            return FuzzyDate.FromInstant(parsed);
        return FindInText(value, zone)?.Date;
    }

    /// <summary>The first date written in <paramref name="text"/> with its position, or null.</summary>
    public static (FuzzyDate Date, int Index)? FindInText(string text, TimeZoneInfo zone)
    {
        (FuzzyDate, int)? best = null;
        void Consider(FuzzyDate? date, int index)
        {
            if (date is { } d && (best is null || index < best.Value.Item2)) best = (d, index);
        }
        if (MonthFirst().Match(text) is { Success: true } a)
            Consider(Build(Int(a, 3), MonthNumber(a.Groups[1].Value), Int(a, 2), OptInt(a, 4), OptInt(a, 5), a.Groups[6].Value, a.Groups[7].Value, zone), a.Index);
        if (DayFirst().Match(text) is { Success: true } b)
            Consider(Build(Int(b, 3), MonthNumber(b.Groups[2].Value), Int(b, 1), OptInt(b, 4), OptInt(b, 5), b.Groups[6].Value, b.Groups[7].Value, zone), b.Index);
        if (Numeric().Match(text) is { Success: true } c)
            Consider(Build(Int(c, 1), Int(c, 2), Int(c, 3), OptInt(c, 4), OptInt(c, 5), null, "", zone), c.Index);
        if (Korean().Match(text) is { Success: true } k)
            Consider(Build(Int(k, 1), Int(k, 2), Int(k, 3), OptInt(k, 5), k.Groups[5].Success ? OptInt(k, 6) ?? 0 : null, k.Groups[4].Value == "오후" ? "pm" : k.Groups[4].Value == "오전" ? "am" : null, "", zone), k.Index);
        return best;
    }

    private static FuzzyDate? Build(int year, int month, int day, int? hour, int? minute, string? ampm, string zoneName, TimeZoneInfo zone)
    {
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour is null || minute is null)
            return FuzzyDate.FromDay(new DateOnly(year, month, day), zone);
        var h = hour.Value;
        var meridiem = (ampm ?? "").Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (meridiem == "pm" && h < 12) h += 12;
        if (meridiem == "am" && h == 12) h = 0;
        if (h > 23 || minute > 59) return FuzzyDate.FromDay(new DateOnly(year, month, day), zone);
        var local = new DateTime(year, month, day, h, minute.Value, 0, DateTimeKind.Unspecified);
        var offset = OffsetOf(zoneName, local) ?? zone.GetUtcOffset(local);
        return FuzzyDate.FromInstant(new DateTimeOffset(local, offset));
    }

    private static TimeSpan? OffsetOf(string name, DateTime local)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var upper = name.ToUpperInvariant();
        if (upper is "Z" or "UTC" or "GMT") return TimeSpan.Zero;
        if (upper[0] is '+' or '-')
        {
            var digits = upper[1..].Replace(":", "", StringComparison.Ordinal);
            var span = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..4], CultureInfo.InvariantCulture), 0);
            return upper[0] == '-' ? -span : span;
        }
        return upper switch
        {
            "KST" or "JST" => TimeSpan.FromHours(9),
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "BST" or "CET" => TimeSpan.FromHours(1),
            "CEST" => TimeSpan.FromHours(2),
            "IST" => TimeSpan.FromMinutes(330),
            "ET" => FuzzyDate.FindZone("America/New_York").GetUtcOffset(local),
            "PT" => FuzzyDate.FindZone("America/Los_Angeles").GetUtcOffset(local),
            _ => null,
        };
    }

    private static bool HasZone(string value) =>
        value.Contains("GMT", StringComparison.OrdinalIgnoreCase) || value.Contains("UTC", StringComparison.OrdinalIgnoreCase)
        || Regex.IsMatch(value, @"[+-]\d{2}:?\d{2}\s*$|Z\s*$");

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? OptInt(Match m, int group) => m.Groups[group].Success && m.Groups[group].Value.Length > 0 ? Int(m, group) : null;
}
