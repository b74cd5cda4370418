using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Turns "yesterday", "on Friday", "earlier this week", "last month", "next year" into a date against the
/// publication day. Statements look back ("Friday" = the last Friday on or before publication); plans look ahead.
/// </summary>
public static class RelativeDateResolver
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Resolves one phrase; null when it is not a phrase this resolver knows.</summary>
    public static FuzzyDate? Resolve(string phrase, DateOnly published, bool future, TimeZoneInfo zone)
    {
        var words = phrase.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var last = words[^1];
        var modifier = words.Length >= 2 ? words[^2] : null;
        var earlier = words[0] == "earlier";
        var later = words[0] == "later";
        switch (last)
        {
            case "today": return FuzzyDate.FromDay(published, zone);
            case "yesterday": return FuzzyDate.FromDay(published.AddDays(-1), zone);
            case "before" or "earlier" or "day" when words.Length == 3: return FuzzyDate.FromDay(published.AddDays(-1), zone); // "the day before", "a day earlier", "the previous day"
            case "tomorrow": return FuzzyDate.FromDay(published.AddDays(1), zone);
            // A week or part of a month is a span of days, never shown as one day: its bounds are exact, its precision the
            // month's ("last week" reads "Oct 2025", and filters by its seven days).
            case "week":
                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
                return Span(modifier switch
                {
                    "last" => FuzzyDate.FromDays(monday.AddDays(-7), monday.AddDays(-1), zone),
                    "next" => FuzzyDate.FromDays(monday.AddDays(7), monday.AddDays(13), zone),
                    _ when earlier => FuzzyDate.FromDays(monday, published, zone),
                    _ when later => FuzzyDate.FromDays(published, monday.AddDays(6), zone),
                    _ => FuzzyDate.FromDays(monday, monday.AddDays(6), zone),
                });
            case "month":
                var first = new DateOnly(published.Year, published.Month, 1);
                return modifier switch
                {
                    "last" => FuzzyDate.FromMonth(first.AddMonths(-1).Year, first.AddMonths(-1).Month, zone),
                    "next" => FuzzyDate.FromMonth(first.AddMonths(1).Year, first.AddMonths(1).Month, zone),
                    _ when earlier => Span(FuzzyDate.FromDays(first, published, zone)),
                    _ when later => Span(FuzzyDate.FromDays(published, first.AddMonths(1).AddDays(-1), zone)),
                    _ => FuzzyDate.FromMonth(published.Year, published.Month, zone),
                };
            case "year":
                return modifier switch
                {
                    "last" => FuzzyDate.FromYear(published.Year - 1, zone),
                    "next" => FuzzyDate.FromYear(published.Year + 1, zone),
                    _ when earlier => FuzzyDate.FromDays(new DateOnly(published.Year, 1, 1), published, zone) with { Precision = DatePrecision.Year },
                    _ => FuzzyDate.FromYear(published.Year, zone),
                };
        }
        var weekday = Array.IndexOf(Weekdays, last);
        if (weekday < 0) return null;
        var delta = (weekday - (int)published.DayOfWeek + 7) % 7; // days ahead to the next such weekday (0 = today)
        var day = modifier switch
        {
            "last" => published.AddDays(delta == 0 ? -7 : delta - 7),
            "next" => published.AddDays(delta == 0 ? 7 : delta),
            _ when future => published.AddDays(delta),
            _ => published.AddDays(delta == 0 ? 0 : delta - 7),
        };
        return FuzzyDate.FromDay(day, zone);
    }

    /// <summary>Days that are not one day: month precision, the exact bounds kept.</summary>
    private static FuzzyDate Span(FuzzyDate days) => days.LatestUtc - days.EarliestUtc > TimeSpan.FromDays(1) ? days with { Precision = DatePrecision.Month } : days;
}
