using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>One reading of when the page was published, with where it came from ("json-ld", "meta", "time",
/// "text", "url", "modified"), the text it was read from, and whether that text named a zone.</summary>
internal sealed partial record DateCandidate(FuzzyDate Date, string Source, string Raw, bool ZoneWritten)
{
    /// <summary>A machine value that names its zone: "…Z", "+09:00", "+0200", "GMT".</summary>
    [GeneratedRegex(@"(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$|GMT|UTC", RegexOptions.IgnoreCase)]
    private static partial Regex ZoneSuffix();

    public static DateCandidate? Machine(string? value, string source, TimeZoneInfo zone) =>
        value is null || DateTextParser.ParseMachine(value, zone) is not { } date ? null
            : new DateCandidate(date, source, value, date.Precision == DatePrecision.Time && ZoneSuffix().IsMatch(value.Trim()));

    public static DateCandidate FromText(TextDate found, string source, string raw) => new(found.Date, source, raw, found.ZoneWritten);

    /// <summary>An instant the page gave only in UTC ("…Z", "+00:00"): its UTC day need not be the day the page writes.</summary>
    public bool IsUtcInstant => ZoneWritten && Date.Precision == DatePrecision.Time && Date.OffsetMinutes == 0;
}
