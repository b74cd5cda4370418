using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A date written in the text, resolved: where it is, the first and (for ranges) last day, and how precise.</summary>
internal sealed record DatePhrase(int Start, int End, FuzzyDate From, FuzzyDate To, bool Relative);

/// <summary>
/// A date written in the article, resolved once against the publication day both ways: looking back (what was said or
/// happened: "Friday" = the last Friday) and ahead (what is planned: the next Friday). Its precision is the FuzzyDate's.
/// </summary>
internal sealed record DateExpression(int Start, int End, bool Relative, FuzzyDate BackFrom, FuzzyDate BackTo, FuzzyDate AheadFrom, FuzzyDate AheadTo)
{
    public DatePrecision Precision => BackFrom.Precision;

    public DatePhrase Read(bool future) => future ? new(Start, End, AheadFrom, AheadTo, Relative) : new(Start, End, BackFrom, BackTo, Relative);
}

/// <summary>
/// Reads dates in a stretch of text against the publication date: "June 12,2018", "February 27-28,2019", "Sept. 18 to 20",
/// "October 31st" (year from publication), "2019", "on Friday", "earlier this week", "last year", "next week",
/// "the day before" (the day before publication: a wire's lead event is on its publication day).
/// Regexes are linear-time (NonBacktracking), so large inputs stay bounded.
/// </summary>
internal static class DatePhraseReader
{
    private const string Month = "(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex MonthDay = new(@"\b" + Month + @"\.? (?<d>\d{1,2})(?:st|nd|rd|th)?(?:(?:\s?[-–]\s?|\s(?:to|and|through)\s)(?<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:,? ?(?<y>(?:19|20)\d\d))?\b", Options);
    private static readonly Regex DayMonth = new(@"\b(?<d>\d{1,2}) " + Month + @"\.?(?: (?<y>(?:19|20)\d\d))?\b", Options);
    private static readonly Regex MonthYear = new(@"\b" + Month + @",? (?<y>(?:19|20)\d\d)\b", Options);
    private static readonly Regex Year = new(@"\b(?<y>(?:19|20)\d\d)\b", Options);
    private static readonly Regex Relative = new(@"\b(?<w>today|yesterday|tomorrow|the day before|a day earlier|the previous day|(?:(?:earlier|later) )?(?:this|last|next) (?:week|month|year)|(?:(?:last|next|this) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", Options);

    /// <summary>Every date phrase in [start, end), earliest first; explicit dates win over overlapping shorter ones.</summary>
    public static List<DatePhrase> Read(string text, int start, int end, FuzzyDate? published, bool future) =>
        ReadBoth(text, start, end, published).Select(e => e.Read(future)).ToList();

    /// <summary>Every date phrase in [start, end) read both ways (the regexes run once); earliest first.</summary>
    public static List<DateExpression> ReadBoth(string text, int start, int end, FuzzyDate? published)
    {
        var found = new List<DateExpression>();
        var zone = ZoneOf(published);
        var pubDay = published?.LocalDay;
        var span = text.Substring(start, end - start);
        foreach (Match m in MonthDay.Matches(span))
        {
            var month = MonthOf(m.Groups["m"].Value);
            var d = Int(m.Groups["d"].Value);
            var d2 = m.Groups["d2"].Success ? Int(m.Groups["d2"].Value) : d;
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
            if (MakeDays(year, month, d, d2, pubDay, false, zone) is { } r && MakeDays(year, month, d, d2, pubDay, true, zone) is { } a)
                Add(found, start + m.Index, start + m.Index + m.Length, r, a, year is null);
        }
        foreach (Match m in DayMonth.Matches(span))
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
            var d = Int(m.Groups["d"].Value);
            var month = MonthOf(m.Groups["m"].Value);
            if (MakeDays(year, month, d, d, pubDay, false, zone) is { } r && MakeDays(year, month, d, d, pubDay, true, zone) is { } a)
                Add(found, start + m.Index, start + m.Index + m.Length, r, a, year is null);
        }
        foreach (Match m in MonthYear.Matches(span))
        {
            var f = FuzzyDate.FromMonth(Int(m.Groups["y"].Value), MonthOf(m.Groups["m"].Value), zone);
            Add(found, start + m.Index, start + m.Index + m.Length, (f, f), (f, f), false);
        }
        foreach (Match m in Year.Matches(span))
        {
            var f = FuzzyDate.FromYear(Int(m.Groups["y"].Value), zone);
            Add(found, start + m.Index, start + m.Index + m.Length, (f, f), (f, f), false);
        }
        if (pubDay is { } day)
            foreach (Match m in Relative.Matches(span))
                if (RelativeDateResolver.Resolve(m.Groups["w"].Value, day, false, zone) is { } b && RelativeDateResolver.Resolve(m.Groups["w"].Value, day, true, zone) is { } f)
                    Add(found, start + m.Index, start + m.Index + m.Length, (b, b), (f, f), true);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    public static TimeZoneInfo ZoneOf(FuzzyDate? published)
    {
        if (published is not { IsKnown: true } p || p.OffsetMinutes == 540) return FuzzyDate.Seoul;
        if (p.OffsetMinutes == 0) return TimeZoneInfo.Utc;
        return TimeZoneInfo.CreateCustomTimeZone("UTC" + p.OffsetMinutes, TimeSpan.FromMinutes(p.OffsetMinutes), "UTC offset", "UTC offset");
    }

    private static (FuzzyDate From, FuzzyDate To)? MakeDays(int? year, int month, int d, int d2, DateOnly? pubDay, bool future, TimeZoneInfo zone)
    {
        if (year is null && pubDay is null) return null;
        var y = year ?? pubDay!.Value.Year;
        if (d < 1 || d2 < d || d2 > DateTime.DaysInMonth(y, month)) return null;
        var first = new DateOnly(y, month, d);
        if (year is null && pubDay is { } p)
        {
            if (future && first < p.AddDays(-7)) first = first.AddYears(1);
            else if (!future && first > p.AddDays(7)) first = first.AddYears(-1);
        }
        var last = first.AddDays(d2 - d);
        return (FuzzyDate.FromDay(first, zone), FuzzyDate.FromDay(last, zone));
    }

    /// <summary>Keeps a phrase unless a longer one already covers it ("June 12,2018" hides "2018").</summary>
    private static void Add(List<DateExpression> found, int start, int end, (FuzzyDate From, FuzzyDate To) back, (FuzzyDate From, FuzzyDate To) ahead, bool relative)
    {
        foreach (var p in found)
            if (p.Start <= start && end <= p.End) return;
        found.Add(new DateExpression(start, end, relative, back.From, back.To, ahead.From, ahead.To));
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => name.ToLowerInvariant()[..3] switch
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
}
