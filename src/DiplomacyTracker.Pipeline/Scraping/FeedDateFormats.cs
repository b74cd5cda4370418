using System.Globalization;
using System.Text.RegularExpressions;
using static DiplomacyTracker.Scraping.FeedDates;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The date shapes <see cref="FeedDates"/> knows, tried in order. Each reader either does not recognise the shape
/// (the next one tries) or claims it and answers — with null when the fields are impossible, so a malformed date of a
/// known shape is never re-read as something else.
/// </summary>
internal static partial class FeedDateFormats
{
    private delegate bool Reader(string text, TimeZoneInfo zone, out DateTimeOffset? value);

    private static readonly Reader[] Readers = [W3c, TwoDigitYearIso, Numeric, KoreanWords, Asctime, Rfc822Dates.Read, Worded];

    public static DateTimeOffset? Read(string text, TimeZoneInfo zone)
    {
        foreach (var reader in Readers)
            if (reader(text, zone, out var value)) return value;
        return null;
    }

    /// <summary>W3C-DTF / ISO 8601 extended: 2003, 2003-12, 2003-12-31, …T10:14:55.538+10:00 (a space for the T too); also 20031231T101455Z.</summary>
    private static bool W3c(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        var m = W3cPattern().Match(text);
        if (!m.Success) m = W3cBasicPattern().Match(text);
        value = null;
        if (!m.Success) return false;
        value = Build(m, zone, Number(m.Groups["y"].Value));
        return true;
    }

    /// <summary>feedparser's two-digit-year ISO forms, in the current century: 03-12-31, 031231, -0312, -03-12, 03335 (day of year).</summary>
    private static bool TwoDigitYearIso(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        var m = TwoDigitYearPattern().Match(text);
        value = null;
        if (!m.Success) return false;
        var year = DateTime.UtcNow.Year / 100 * 100 + Number(m.Groups["y"].Value);
        if (m.Groups["ordinal"].Success)
        {
            var ordinal = Number(m.Groups["ordinal"].Value);
            if (ordinal < 1 || ordinal > (DateTime.IsLeapYear(year) ? 366 : 365)) return true;
            var date = new DateTime(year, 1, 1).AddDays(ordinal - 1);
            value = Instant(date.Year, date.Month, date.Day, 0, 0, 0, null, zone);
            return true;
        }
        value = Instant(year, Number(m.Groups["mo"].Value), m.Groups["d"].Success ? Number(m.Groups["d"].Value) : 1, 0, 0, 0, null, zone);
        return true;
    }

    /// <summary>Numeric dates with dots, slashes or dashes and an optional weekday, 오전/오후 or AM/PM and zone: 2026.11.21 09:30, Fri, 2006/09/15 08:19:53 EDT, 2004-05-25 오후 11:23:17.</summary>
    private static bool Numeric(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        var m = NumericPattern().Match(text);
        value = null;
        if (!m.Success) return false;
        value = Build(m, zone, Number(m.Groups["y"].Value));
        return true;
    }

    /// <summary>Korean dates written in words: 2004년 05월 28일 01:31:15, 2025년 10월 18일 (토) 오후 3시 5분.</summary>
    private static bool KoreanWords(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        var m = KoreanPattern().Match(text);
        value = null;
        if (!m.Success) return false;
        value = Build(m, zone, Number(m.Groups["y"].Value));
        return true;
    }

    /// <summary>asctime and Twitter: Sun Jan  4 16:29:06 2004, Sun Jul 15 01:16:00 +0000 2012.</summary>
    private static bool Asctime(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        var m = AsctimePattern().Match(text);
        value = null;
        if (!m.Success || Rfc822Dates.Month(m.Groups["mon"].Value) is not { } month) return false;
        if (!Rfc822Dates.TryZone(m.Groups["z"].Value, out var offset)) return true;
        value = Instant(Number(m.Groups["y"].Value), month, Number(m.Groups["d"].Value), Number(m.Groups["h"].Value),
            Number(m.Groups["mi"].Value), m.Groups["s"].Success ? Number(m.Groups["s"].Value) : 0, offset, zone);
        return true;
    }

    /// <summary>Anything else naming an English month ("November 21, 2026 9:30 AM"), as the framework reads it.</summary>
    private static bool Worded(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        value = null;
        if (!MonthName().IsMatch(text)) return false;
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces;
        if (ExplicitOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var withOffset))
            value = withOffset;
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local))
            value = Instant(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, null, zone);
        return value is not null;
    }

    /// <summary>The instant from the groups y (given), mo, d, h, mi, s, ap/ap2 (오전/오후, AM/PM) and z of a match.</summary>
    private static DateTimeOffset? Build(Match m, TimeZoneInfo zone, int year)
    {
        int Part(string name, int fallback) => m.Groups[name].Success && m.Groups[name].Value.Length > 0 ? Number(m.Groups[name].Value) : fallback;
        var hour = Part("h", 0);
        var meridiem = m.Groups["ap"].Success ? m.Groups["ap"].Value : m.Groups["ap2"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12) return null;
            var afternoon = meridiem is "오후" || meridiem.Equals("PM", StringComparison.OrdinalIgnoreCase);
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        if (!Rfc822Dates.TryZone(m.Groups["z"].Value, out var offset)) return null;
        return Instant(year, Part("mo", 1), Part("d", 1), hour, Part("mi", 0), Part("s", 0), offset, zone);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<mo>\d{1,3})(?:-(?<d>\d{1,2})(?:(?:T|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<z>Z|[+\-]\d{2}(?::?\d{2})?)?)?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex W3cPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<mo>\d{2})(?<d>\d{2})(?:T(?<h>\d{2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,]\d+)?)?(?<z>Z|[+\-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex W3cBasicPattern();

    [GeneratedRegex(@"^(?:(?<y>\d{2})-(?<mo>\d{2})-(?<d>\d{2})|(?<y>\d{2})(?<mo>\d{2})(?<d>\d{2})|-(?<y>\d{2})-?(?<mo>\d{2})|(?<y>\d{2})(?<ordinal>\d{3}))$")]
    private static partial Regex TwoDigitYearPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9}\.?,?\s+)?(?<y>\d{4})\s*[./\-]\s*(?<mo>\d{1,2})\s*[./\-]\s*(?<d>\d{1,2})\.?(?:\s*(?:\([^)]{1,12}\))?\s*(?<ap>오전|오후|AM|PM)?\s*(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<ap2>AM|PM)?\s*(?<z>Z|[+\-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5}(?:[+\-]\d{1,2}(?::?\d{2})?)?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^(?<y>\d{4})\s*년\s*(?<mo>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일\s*(?:\(?[월화수목금토일](?:요일)?\)?\s*)?(?:(?<ap>오전|오후)\s*)?(?:(?<h>\d{1,2})\s*(?::|시)\s*(?:(?<mi>\d{1,2})\s*(?::|분)?\s*(?:(?<s>\d{1,2})\s*초?)?)?)?\s*(?<z>KST|UTC|GMT|[+\-]\d{2}:?\d{2})?$")]
    private static partial Regex KoreanPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s+(?:(?<z>[+\-]\d{4}|[A-Za-z]{1,5})\s+)?(?<y>\d{4})$")]
    private static partial Regex AsctimePattern();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"(?:[+\-]\d{2}:?\d{2}|Z)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();
}
