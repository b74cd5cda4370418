using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Finds the dates people write, in the forms news pages use across languages: year first
/// ("2025-10-18", "2025.10.18."), day first with dots ("18.10.2025"), slashes or dashes ("18/10/2025", read month
/// first only when the day cannot be first or the page is American English), month names either side of the day
/// ("18. Oktober 2025", "18 de octubre de 2025", "October 18, 2025") and Korean/CJK ("2025년 10월 18일"), each with an
/// optional time of day and zone after it.</summary>
internal static partial class HumanDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Digits are written [0-9]: .NET's \d also matches other scripts' digits, which int.Parse would refuse.
    private const string Zones = @"(?<tz>(?:KST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MEZ|MESZ|EET|EEST|MSK|ET|PT|CT|MT|IST)(?![\p{L}])|[+-][0-9]{2}:?[0-9]{2})?";

    /// <summary>A time of day after a date: "at 10:30 p.m. ET", "um 14:51 Uhr", "- 13:30", ", 10h15".</summary>
    private const string ClockBody = @"\s*(?:,|at|um|à|a las|alle|às|-|–|—|\||@)?\s*(?<h>[0-9]{1,2})(?::|h|\.(?=[0-9]{2}\s*Uhr))(?<min>[0-9]{2})(?::[0-9]{2})?(?![0-9])\s*(?:Uhr(?![\p{L}])|h(?![\p{L}]))?\s*(?<ap>[ap]\.?\s?m\.?(?![\p{L}])|오전|오후)?\s*" + Zones;

    private const string Clock = "(?:" + ClockBody + ")?";

    [GeneratedRegex(@"(?<![0-9.,/:-])(?<y>(?:19|20)[0-9]{2})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9])\.?(?:\s*\([^)0-9]{1,3}\))?"
        + @"(?:T(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::[0-9]{2}(?:[.,][0-9]+)?)?\s*(?<tz>Z|[+-][0-9]{2}:?[0-9]{2})?|" + ClockBody + ")?", Options)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<![0-9.,/:-])(?<a>[0-9]{1,2})(?<s>[./-])\s?(?<b>[0-9]{1,2})\k<s>\s?(?<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[.,:/-][0-9])\.?(?:\s*\([^)0-9]{1,3}\))?" + Clock, Options)]
    private static partial Regex Numeric();

    /// <summary>A word where a month name goes; <see cref="MonthNames"/> decides whether it is one (a regex alternation of
    /// every name in every language was a hundred times slower).</summary>
    private const string MonthWord = @"(?<mon>\p{L}{3,12})(?![\p{L}])";

    [GeneratedRegex(@"(?<![0-9\p{L}])(?<d>[0-9]{1,2})(?:\.|º|°|er|st|nd|rd|th|-?(?:inci|ıncı|nci|ncı|üncü|uncu))?\s*(?:de\s+|-|/)?\s*" + MonthWord
        + @"\.?(?:\s*,|\s+de|\s+del|-|/)?\s*(?<y>(?:19|20)[0-9]{2})(?![0-9])(?:\s*г\.|\s*r\.)?" + Clock, Options)]
    private static partial Regex DayMonthName();

    /// <summary>"October 18, 2025": the month is read in a look-behind so that the search starts at digits (fast).</summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}])" + MonthWord + @"\.?\s*)(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])\s*,?\s*(?<y>(?:19|20)[0-9]{2})(?![0-9])" + Clock, Options)]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*[년年]\s*(?<m>[0-9]{1,2})\s*[월月]\s*(?<d>[0-9]{1,2})\s*[일日](?:\s*(?:\([^)]{1,3}\))?\s*(?<ap>오전|오후)?\s*(?<h>[0-9]{1,2})\s*[:시時]\s*(?<min>[0-9]{1,2})?)?", Options)]
    private static partial Regex Cjk();

    /// <summary>The dates in <paramref name="text"/>, in order, overlapping readings removed. <paramref name="monthFirst"/>
    /// reads "04/05/2020" as April 5 (American pages); otherwise numeric dates are day first.</summary>
    public static List<TextDate> FindAll(string text, TimeZoneInfo zone, bool monthFirst, int limit)
    {
        var found = new List<TextDate>();
        if (string.IsNullOrEmpty(text)) return found;
        foreach (var (start, length) in Windows(text))
        {
            Collect(found, YearFirst(), text, start, length, m => Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), zone));
            Collect(found, Numeric(), text, start, length, m => FromNumeric(m, monthFirst, zone));
            Collect(found, DayMonthName(), text, start, length, m => Build(m, Int(m, "y"), MonthNames.Number(m.Groups["mon"].Value), Int(m, "d"), zone));
            Collect(found, MonthNameDay(), text, start, length, m => Build(m, Int(m, "y"), MonthNames.Number(m.Groups["mon"].Value), Int(m, "d"), zone));
            Collect(found, Cjk(), text, start, length, m => Build(m, Int(m, "y"), Int(m, "m"), Int(m, "d"), zone, hourOnly: true));
        }
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

    /// <summary>Every form read here has a four-digit year from 1900 to 2099 or a dotted two-digit one ("05.11.21"):
    /// the regexes only run on the text around those (a date's day and month come at most 45 characters before its
    /// year, or its month and day 10 after; a time at most 60 after), so long texts cost little.</summary>
    private static List<(int Start, int Length)> Windows(string text)
    {
        var windows = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange('0', '9');
        while (i >= 0 && i < span.Length)
        {
            var run = i;
            while (run < span.Length && char.IsAsciiDigit(span[run])) run++;
            var length = run - i;
            var year = (length == 4 && (span[i] == '1' && span[i + 1] == '9' || span[i] == '2' && span[i + 1] == '0'))
                || (length == 2 && i >= 3 && span[i - 1] == '.' && char.IsAsciiDigit(span[i - 2]));
            if (year)
            {
                var start = Math.Max(0, i - 45);
                var end = Math.Min(text.Length, run + 70);
                if (windows.Count > 0 && start <= windows[^1].Start + windows[^1].Length)
                    windows[^1] = (windows[^1].Start, end - windows[^1].Start);
                else
                    windows.Add((start, end - start));
            }
            var next = run < span.Length ? span[run..].IndexOfAnyInRange('0', '9') : -1;
            if (next < 0) break;
            i = run + next;
        }
        return windows;
    }

    private static void Collect(List<TextDate> found, Regex regex, string text, int start, int length, Func<Match, FuzzyDate?> read)
    {
        for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
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
