using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads the day a Korean wire sentence reports: "2025년 10월 29일" (absolute), "10월 29일" (year from publication),
/// "(지난) 18일" (the 18th of the publication month, or of the month before when that day is still to come),
/// "오늘", "어제", "그제" (relative to publication) and "이날" (the day last named, else publication). Day precision.
/// </summary>
public static class KoreanDateReader
{
    private static readonly Regex Phrase = new(
        @"(?:(?<y>\d{4})년\s*)?(?:(?<m>\d{1,2})월\s*)?(?<d>\d{1,2})일|(?<rel>오늘|어제|그제|그저께|이날)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The first date phrase in text[start..end), or null when there is none or no publication day to anchor it.</summary>
    public static FuzzyDate? Read(string text, int start, int end, FuzzyDate? published, FuzzyDate? lastNamed = null)
    {
        if (published is not { IsKnown: true } p || end <= start) return null;
        var zone = DatePhraseReader.ZoneOf(p);
        var day = p.LocalDay;
        foreach (Match m in Phrase.Matches(text.Substring(start, end - start)))
        {
            // "18일" inside a longer number or word ("118일", "매18일") is not a date; particles may follow ("18일에").
            var at = start + m.Index;
            if (at > 0 && (char.IsDigit(text[at - 1]) || (m.Groups["rel"].Success && WordTokenizer.IsHangul(text[at - 1])))) continue;
            var after = at + m.Length;
            if (after < text.Length && WordTokenizer.IsHangul(text[after]) && text[after] is not ('에' or '은' or '는' or '도' or '부' or '까')) continue; // "18일간", "어제오늘"
            if (m.Groups["rel"].Success)
            {
                return m.Groups["rel"].Value switch
                {
                    "오늘" => RelativeDateResolver.Resolve("today", day, false, zone),
                    "어제" => RelativeDateResolver.Resolve("yesterday", day, false, zone),
                    "그제" or "그저께" => FuzzyDate.FromDay(day.AddDays(-2), zone),
                    _ => lastNamed ?? FuzzyDate.FromDay(day, zone),
                };
            }
            if (Resolve(m, day) is { } resolved) return FuzzyDate.FromDay(resolved, zone);
        }
        return null;
    }

    /// <summary>
    /// Every Korean date phrase in text[start..end) for the analysed document (the same phrases <see cref="Read"/> takes,
    /// at day precision; "이날" is the day last named before it, else publication). Korean dates have one reading.
    /// </summary>
    internal static List<DateExpression> ReadAll(string text, int start, int end, FuzzyDate? published, ref FuzzyDate? lastNamed)
    {
        var found = new List<DateExpression>();
        if (published is not { IsKnown: true } p || end <= start) return found;
        var zone = DatePhraseReader.ZoneOf(p);
        foreach (Match m in Phrase.Matches(text.Substring(start, end - start)))
        {
            var at = start + m.Index;
            if (at > 0 && (char.IsDigit(text[at - 1]) || (m.Groups["rel"].Success && WordTokenizer.IsHangul(text[at - 1])))) continue;
            var after = at + m.Length;
            if (after < text.Length && WordTokenizer.IsHangul(text[after]) && text[after] is not ('에' or '은' or '는' or '도' or '부' or '까')) continue;
            var relative = m.Groups["rel"].Success;
            var day = relative ? Read(text, at, after, p, lastNamed) : Resolve(m, p.LocalDay) is { } d ? FuzzyDate.FromDay(d, zone) : null;
            if (day is not { } f) continue;
            found.Add(new DateExpression(at, after, relative, f, f, f, f));
            if (!relative || m.Groups["rel"].Value != "이날") lastNamed = f;
        }
        return found;
    }

    private static DateOnly? Resolve(Match m, DateOnly published)
    {
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : published.Month;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : published.Year;
        if (month is < 1 or > 12 || d < 1 || year is < 1900 or > 2200) return null;
        if (!m.Groups["m"].Success)
        {
            // "18일" without a month: this month, or last month when the 18th has not come yet.
            if (d > published.Day && (month = published.Month - 1) == 0) { month = 12; year--; }
        }
        else if (!m.Groups["y"].Success && new DateOnly(year, month, Math.Min(d, 28)) > published.AddDays(7)) year--;
        if (d > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, d);
    }
}
