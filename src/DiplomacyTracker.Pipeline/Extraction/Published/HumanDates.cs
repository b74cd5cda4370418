using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Finds the dates people write, in the forms news pages use across languages: year first
/// ("2025-10-18", "2025.10.18."), day first with dots ("18.10.2025"), slashes or dashes ("18/10/2025", read month
/// first only when the day cannot be first or the page is American English), month names either side of the day
/// ("18. Oktober 2025", "18 de octubre de 2025", "October 18, 2025") and Korean/CJK ("2025년 10월 18일"), each with an
/// optional time of day and zone after it.</summary>
internal static class HumanDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Zones = @"(?<tz>(?:KST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MEZ|MESZ|EET|EEST|MSK|ET|PT|CT|MT|IST)(?![\p{L}])|[+-]\d{2}:?\d{2})?";

    /// <summary>A time of day after a date: "at 10:30 p.m. ET", "um 14:51 Uhr", "- 13:30", ", 10h15".</summary>
    private const string Clock = @"(?:\s*(?:,|at|um|à|a las|alle|às|-|–|—|\||@)?\s*(?<h>\d{1,2})(?::|h|\.(?=\d{2}\s*Uhr))(?<min>\d{2})(?::\d{2})?(?!\d)\s*(?:Uhr(?![\p{L}])|h(?![\p{L}]))?\s*(?<ap>[ap]\.?\s?m\.?(?![\p{L}])|오전|오후)?\s*" + Zones + ")?";

    private static readonly Regex YearFirst = Rx(
        @"(?<![\d.,/:-])(?<y>(?:19|20)\d{2})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)\.?(?:\s*\([^)\d]{1,3}\))?"
        + @"(?:T(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?<tz>Z|[+-]\d{2}:?\d{2})?|" + Clock[3..]);

    private static readonly Regex Numeric = Rx(
        @"(?<![\d.,/:-])(?<a>\d{1,2})(?<s>[./-])\s?(?<b>\d{1,2})\k<s>\s?(?<y>(?:19|20)\d{2}|\d{2})(?!\d|[.,:/-]\d)\.?(?:\s*\([^)\d]{1,3}\))?" + Clock);

    private static readonly Regex DayMonthName = Rx(
        @"(?<![\d\p{L}])(?<d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th|-?(?:inci|ıncı|nci|ncı|üncü|uncu))?\s*(?:de\s+|-|/)?\s*(?<mon>" + MonthNames.Alternation
        + @")(?![\p{L}])\.?(?:\s*,|\s+de|\s+del|-|/)?\s*(?<y>(?:19|20)\d{2})(?!\d)(?:\s*г\.|\s*r\.)?" + Clock);

    private static readonly Regex MonthNameDay = Rx(
        @"(?<![\p{L}])(?<mon>" + MonthNames.Alternation + @")(?![\p{L}])\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(?<y>(?:19|20)\d{2})(?!\d)" + Clock);

    private static readonly Regex Cjk = Rx(
        @"(?<y>(?:19|20)\d{2})\s*[년年]\s*(?<m>\d{1,2})\s*[월月]\s*(?<d>\d{1,2})\s*[일日](?:\s*(?:\([^)]{1,3}\))?\s*(?<ap>오전|오후)?\s*(?<h>\d{1,2})\s*[:시時]\s*(?<min>\d{1,2})?)?");

    /// <summary>ASCII digits only: .NET's \d also matches other scripts' digits, which int.Parse would refuse.</summary>
    private static Regex Rx(string pattern) => new(pattern.Replace(@"\d", "[0-9]", StringComparison.Ordinal), Options);

    /// <summary>The dates in <paramref name="text"/>, in order, overlapping readings removed. <paramref name="monthFirst"/>
    /// reads "04/05/2020" as April 5 (American pages); otherwise numeric dates are day first.</summary>
    public static List<TextDate> FindAll(string text, TimeZoneInfo zone, bool monthFirst, int limit)
    {
        var found = new List<TextDate>();
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAnyInRange('0', '9')) return found;
        Collect(found, YearFirst, text, m => Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), zone));
        Collect(found, Numeric, text, m => FromNumeric(m, monthFirst, zone));
        Collect(found, DayMonthName, text, m => Build(m, Int(m, "y"), MonthNames.Number(m.Groups["mon"].Value), Int(m, "d"), zone));
        Collect(found, MonthNameDay, text, m => Build(m, Int(m, "y"), MonthNames.Number(m.Groups["mon"].Value), Int(m, "d"), zone));
        Collect(found, Cjk, text, m => Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), zone, hourOnly: true));
        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<TextDate>(found.Count);
        foreach (var f in found)
        {
            if (kept.Count > 0 && f.Index < kept[^1].Index + kept[^1].Length) continue;
            kept.Add(f);
            if (kept.Count == limit) break;
        }
        return kept;
    }

    private static void Collect(List<TextDate> found, Regex regex, string text, Func<Match, FuzzyDate?> read)
    {
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            if (read(m) is { } date) found.Add(new TextDate(date, m.Index, m.Length, m.Groups["tz"].Success && m.Groups["tz"].Length > 0));
    }

    private static FuzzyDate? FromNumeric(Match m, bool monthFirst, TimeZoneInfo zone)
    {
        int a = Int(m, "a"), b = Int(m, "b");
        var yearText = m.Groups["y"].Value;
        var separator = m.Groups["s"].Value;
        if (yearText.Length == 2 && separator != ".") return null; // "10/12/20" is anyone's guess
        var year = yearText.Length == 2 ? 2000 + int.Parse(yearText, CultureInfo.InvariantCulture) : int.Parse(yearText, CultureInfo.InvariantCulture);
        var swap = b > 12 || (monthFirst && separator == "/" && a <= 12);
        return swap ? Build(m, year, a, b, zone) : Build(m, year, b, a, zone);
    }

    private static FuzzyDate? Build(Match m, int year, int month, int day, TimeZoneInfo zone, bool hourOnly = false)
    {
        var hour = OptInt(m, "h");
        var minute = OptInt(m, "min") ?? (hourOnly && hour is not null ? 0 : null);
        var ampm = m.Groups["ap"].Success ? m.Groups["ap"].Value : null;
        return DateBuilder.Build(year, month, day, hour, minute, ampm, m.Groups["tz"].Success ? m.Groups["tz"].Value : null, zone);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? OptInt(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Value.Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;
}
