using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Builds a <see cref="FuzzyDate"/> from the parts a page wrote: a day, or a day and a time of day read in the
/// zone the page names ("KST", "+09:00", "ET") or else in the page's zone.</summary>
internal static class DateBuilder
{
    public const int MinYear = 1990;

    public static FuzzyDate? Build(int year, int month, int day, int? hour, int? minute, string? ampm, string? zoneName, TimeZoneInfo zone)
    {
        if (year is < MinYear or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour is null || minute is null)
            return FuzzyDate.FromDay(new DateOnly(year, month, day), zone);
        var h = hour.Value;
        var meridiem = (ampm ?? "").Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (meridiem is "pm" or "오후" && h < 12) h += 12;
        if (meridiem is "am" or "오전" && h == 12) h = 0;
        if (h > 23 || minute > 59) return FuzzyDate.FromDay(new DateOnly(year, month, day), zone);
        var local = new DateTime(year, month, day, h, minute.Value, 0, DateTimeKind.Unspecified);
        var offset = OffsetOf(zoneName, local) ?? zone.GetUtcOffset(local);
        return FuzzyDate.FromInstant(new DateTimeOffset(local, offset));
    }

    /// <summary>The UTC offset a zone name or numeric offset means at <paramref name="local"/>; null when unknown.</summary>
    public static TimeSpan? OffsetOf(string? name, DateTime local)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var upper = name.ToUpperInvariant();
        if (upper is "Z" or "UTC" or "GMT") return TimeSpan.Zero;
        if (upper[0] is '+' or '-')
        {
            var digits = upper[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length < 4 || !int.TryParse(digits[..2], out var hh) || !int.TryParse(digits[2..4], out var mm) || hh > 14 || mm > 59) return null;
            var span = new TimeSpan(hh, mm, 0);
            return upper[0] == '-' ? -span : span;
        }
        return upper switch
        {
            "KST" or "JST" => TimeSpan.FromHours(9),
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "BST" or "CET" or "MEZ" or "WAT" => TimeSpan.FromHours(1),
            "CEST" or "MESZ" or "EET" or "SAST" => TimeSpan.FromHours(2),
            "EEST" or "MSK" => TimeSpan.FromHours(3),
            "IST" => TimeSpan.FromMinutes(330),
            "ET" => FuzzyDate.FindZone("America/New_York").GetUtcOffset(local),
            "PT" => FuzzyDate.FindZone("America/Los_Angeles").GetUtcOffset(local),
            "CT" => FuzzyDate.FindZone("America/Chicago").GetUtcOffset(local),
            "MT" => FuzzyDate.FindZone("America/Denver").GetUtcOffset(local),
            _ => null,
        };
    }
}
