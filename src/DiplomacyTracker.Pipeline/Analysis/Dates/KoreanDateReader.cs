using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads the dates Korean news writes, against the publication day, with their precision: "2025년 10월 29일" (absolute),
/// "10월 29일" (year from publication), "(지난|오는) 18일" (this month, or the month before or after), "지난달 1일",
/// "다음 달 4일", "다음 달 초" (month), "지난해 11월 22일", "3월", "같은 해 6월 8일" (the year named last), "2002년 9월"
/// (month), "내년" (year), "4~7일" (the first day), "오늘", "어제", "그제", "내일", "이날" (the day named last, else
/// publication), "전날" (the day before that) and "당시" (the day named last; nothing when none was). Each is read back (what was said or happened) and ahead (what is planned):
/// a bare "5일" written on the 4th is the 5th of last month looking back, tomorrow looking ahead.
/// </summary>
public static class KoreanDateReader
{
    private const string Pre = @"(?:(?<pre>지난|오는)\s?)?";
    private const string Year = @"(?:(?<yrel>지난해|작년|올해|금년|내년|같은 해|같은해|이듬해)|(?<y>\d{4})년)";
    private const string Month = @"(?:(?<mrel>지난달|이번 달|이달|다음 달|다음달|내달)|(?<m>\d{1,2})월)";
    private const string Day = @"(?:(?<d>\d{1,2})(?:\s?[~∼-]\s?\d{1,2})?일)";

    /// <summary>A year (with month and day), a month (with day or "초"/"말"), a day, or a relative word; never empty.</summary>
    private static readonly Regex Phrase = new(
        "(?<rel>오늘|어제|그제|그저께|내일|모레|이날|전날|당시)"
        + "|" + Pre + Year + @"(?:\s?" + Month + @")?(?:\s?" + Day + ")?"
        + "|" + Pre + Month + @"(?:\s?(?:" + Day + "|(?<part>초|중순|말|하순|상순)))?"
        + "|" + Pre + Day,
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Characters that may follow a date inside the same word: particles ("18일에", "6∼7일엔", "5일께", "3월부터").</summary>
    private static bool ParticleAfter(char c) => c is '에' or '은' or '는' or '도' or '부' or '까' or '엔' or '의' or '께' or '경' or '쯤' or '로' or '과' or '와' or '을' or '를' or '이' or '만' or '인';

    /// <summary>The first date phrase in text[start..end) read back, or null when there is none or no publication day to anchor it.</summary>
    public static FuzzyDate? Read(string text, int start, int end, FuzzyDate? published, FuzzyDate? lastNamed = null)
    {
        FuzzyDate? last = lastNamed;
        foreach (var e in ReadAll(text, start, end, published, ref last))
            if (e.BackFrom.IsKnown && e.BackFrom.EarliestUtc <= published!.Value.LatestUtc) return e.BackFrom; // "31일" on 29 October: no 31 September to look back to
        return null;
    }

    /// <summary>
    /// Every Korean date phrase in text[start..end) for the analysed document, read back and ahead; "이날" and "전날" count
    /// from the day named last before them (carried in <paramref name="lastNamed"/>), else from publication.
    /// </summary>
    internal static List<DateExpression> ReadAll(string text, int start, int end, FuzzyDate? published, ref FuzzyDate? lastNamed)
    {
        var found = new List<DateExpression>();
        if (published is not { IsKnown: true } p || end <= start) return found;
        var zone = DatePhraseReader.ZoneOf(p);
        var pub = p.LocalDay;
        int? namedYear = null; // "2004년 5월 … 같은 해 6월 8일"
        foreach (Match m in Phrase.Matches(text.Substring(start, end - start)))
        {
            if (m.Length == 0 || !(m.Groups["d"].Success || m.Groups["m"].Success || m.Groups["y"].Success || m.Groups["rel"].Success
                || m.Groups["mrel"].Success || m.Groups["yrel"].Success)) continue;
            var at = start + m.Index;
            var after = at + m.Length;
            while (after > at && char.IsWhiteSpace(text[after - 1])) after--;
            if (at > 0 && (char.IsDigit(text[at - 1]) || WordTokenizer.IsHangul(text[at - 1]))) continue; // "118일", "매일", "어제오늘"
            if (after < text.Length && WordTokenizer.IsHangul(text[after]) && !ParticleAfter(text[after])) continue; // "18일간", "2개월"
            // "당시" refers back only where it opens the sentence ("당시 트럼프 대통령은"); "정상회담 당시" is the time of the summit.
            if (m.Groups["rel"].Value == "당시" && !string.IsNullOrWhiteSpace(text[start..at].Trim(',', '.', '"', '\u201C', '\u201D'))) continue;
            var relative = m.Groups["rel"].Success || m.Groups["pre"].Success || m.Groups["mrel"].Success || m.Groups["yrel"].Success
                || !(m.Groups["y"].Success && m.Groups["m"].Success);
            var back = Resolve(m, pub, zone, ahead: false, lastNamed, namedYear);
            var ahead = Resolve(m, pub, zone, ahead: true, lastNamed, namedYear);
            if (back is null && ahead is null) continue;
            var b = back ?? ahead!.Value;
            var a = ahead ?? back!.Value;
            found.Add(new DateExpression(at, after, relative, b, b, a, a));
            if (m.Groups["rel"].Value is not ("이날" or "전날" or "당시") && b.Precision == DatePrecision.Day) lastNamed = b;
            if (m.Groups["y"].Success || m.Groups["yrel"].Success) namedYear = b.LocalDay.Year;
        }
        return found;
    }

    private static FuzzyDate? Resolve(Match m, DateOnly pub, TimeZoneInfo zone, bool ahead, FuzzyDate? lastNamed, int? namedYear)
    {
        if (m.Groups["rel"].Success)
        {
            var anchor = lastNamed is { IsKnown: true } l ? l.LocalDay : pub;
            DateOnly? day = m.Groups["rel"].Value switch
            {
                "오늘" => pub,
                "어제" => pub.AddDays(-1),
                "그제" or "그저께" => pub.AddDays(-2),
                "내일" => pub.AddDays(1),
                "모레" => pub.AddDays(2),
                "이날" => anchor,
                "전날" => anchor.AddDays(-1),
                "당시" when lastNamed is { IsKnown: true } => anchor, // "당시 트럼프 대통령은 …": the day just named
                _ => null,
            };
            return day is { } d0 ? FuzzyDate.FromDay(d0, zone) : null;
        }
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
        if (m.Groups["yrel"].Success)
            year = m.Groups["yrel"].Value switch
            {
                "지난해" or "작년" => pub.Year - 1,
                "올해" or "금년" => pub.Year,
                "내년" => pub.Year + 1,
                "이듬해" => (namedYear ?? pub.Year) + 1,
                _ => namedYear ?? pub.Year, // "같은 해"
            };
        int? month = m.Groups["m"].Success ? Int(m.Groups["m"].Value) : null;
        if (m.Groups["mrel"].Success)
        {
            var shift = m.Groups["mrel"].Value switch { "지난달" => -1, "다음 달" or "다음달" or "내달" => 1, _ => 0 };
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(shift);
            (year, month) = (first.Year, first.Month);
        }
        int? dayOfMonth = m.Groups["d"].Success ? Int(m.Groups["d"].Value) : null;
        if (month is < 1 or > 12 || year is < 1900 or > 2200 || dayOfMonth is < 1 or > 31) return null;
        var pre = m.Groups["pre"].Value;
        var lookAhead = pre == "오는" || (pre != "지난" && ahead);
        if (dayOfMonth is { } d)
        {
            if (month is null)
            {
                // "18일": this month, or the month before (looking back) or after (looking ahead) when that day is on the wrong side of publication.
                var candidate = new DateOnly(pub.Year, pub.Month, 1);
                if (!lookAhead && d > pub.Day) candidate = candidate.AddMonths(-1);
                if (lookAhead && d < pub.Day) candidate = candidate.AddMonths(1);
                (year, month) = (candidate.Year, candidate.Month);
                // "28일 … 할 예정" written on the 29th: a bare day is next month's only when close ("1일" on the 30th); else "오는"/"다음 달" would say so.
                if (lookAhead && pre != "오는" && d < pub.Day && d <= DateTime.DaysInMonth(year.Value, month.Value)
                    && new DateOnly(year.Value, month.Value, d).DayNumber - pub.DayNumber > 10) return null;
            }
            else if (year is null)
            {
                year = pub.Year;
                var probe = new DateOnly(year.Value, month.Value, Math.Min(d, 28));
                if (!lookAhead && probe > pub.AddDays(7)) year--;
                if (lookAhead && probe < pub.AddDays(-7)) year++;
            }
            if (d > DateTime.DaysInMonth(year!.Value, month!.Value)) return null;
            return FuzzyDate.FromDay(new DateOnly(year.Value, month.Value, d), zone);
        }
        if (month is { } mo)
        {
            if (year is null)
            {
                year = pub.Year;
                if (!lookAhead && mo > pub.Month) year--;
                if (lookAhead && mo < pub.Month) year++;
            }
            return FuzzyDate.FromMonth(year.Value, mo, zone);
        }
        return year is { } y ? FuzzyDate.FromYear(y, zone) : null;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
