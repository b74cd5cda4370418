using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads the dates feeds actually contain: RFC 822 with numeric or named zones (GMT, EST, EDT, KST, ...),
/// ISO 8601, and zone-less forms ("2026-11-22 14:05", "2026.11.22 14:05") read in the source's own time zone.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["KST"] = 540, ["JST"] = 540, ["HKT"] = 480, ["SGT"] = 480, ["IST"] = 330,
        ["AEST"] = 600, ["AEDT"] = 660,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses <paramref name="text"/>; a date without a zone is local time in <paramref name="zone"/>. Null when unreadable.</summary>
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (Rfc822().Match(text) is { Success: true } m)
        {
            var monthIndex = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant());
            if (monthIndex < 0) return null;
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 70 ? 2000 : 1900;
            var second = m.Groups["sec"].Success ? int.Parse(m.Groups["sec"].Value, CultureInfo.InvariantCulture) : 0;
            DateTime local;
            try
            {
                local = new DateTime(year, monthIndex + 1, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture),
                    Math.Min(second, 59), DateTimeKind.Unspecified);
            }
            catch (ArgumentOutOfRangeException) { return null; }
            var offset = ZoneOffset(m.Groups["zone"].Value);
            return offset is { } minutes ? new DateTimeOffset(local, TimeSpan.FromMinutes(minutes)) : InZone(local, zone);
        }

        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasExplicitOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var withOffset))
            return withOffset;
        var normalized = text.Replace('.', '-').Replace('/', '-');
        if (DateTime.TryParse(normalized, CultureInfo.InvariantCulture, styles, out var noZone))
            return InZone(DateTime.SpecifyKind(noZone, DateTimeKind.Unspecified), zone);
        return null;
    }

    /// <summary>The IANA (or Windows) zone by id; UTC when unknown or empty.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }

    private static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        var offset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static int? ZoneOffset(string zone)
    {
        if (zone.Length == 0) return null;
        if (NamedZones.TryGetValue(zone, out var named)) return named;
        if (NumericZone().Match(zone) is { Success: true } n)
        {
            var minutes = int.Parse(n.Groups[2].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(n.Groups[3].Value, CultureInfo.InvariantCulture);
            return n.Groups[1].Value == "-" ? -minutes : minutes;
        }
        return null; // unknown name: treat as zone-less
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s*)?(?<day>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})\s+(?<hour>\d{1,2}):(?<min>\d{2})(?::(?<sec>\d{2}))?\s*(?<zone>[+\-]\d{2}:?\d{2}|[A-Za-z]{1,5})?\s*$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^([+\-])(\d{2}):?(\d{2})$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"(?:[+\-]\d{2}:?\d{2}|Z)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HasExplicitOffset();
}
