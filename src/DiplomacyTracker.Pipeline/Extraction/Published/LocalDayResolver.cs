using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Extraction;

/// <summary>Gives a UTC publication instant the day the page itself writes. "2023-11-09T03:28:35Z" from a New York
/// site is the evening of November 8 there; when another reading of the page (a zone-less or offset time, a visible
/// date, the URL) names the UTC day, it stands, and when it names the day before or after that a real zone
/// (UTC−12 to UTC+14) could give, the instant is shown in that zone: the offset the other reading wrote, else the
/// whole-hour offset nearest to UTC that gives that day.</summary>
internal static class LocalDayResolver
{
    private static readonly TimeSpan MinOffset = TimeSpan.FromHours(-12), MaxOffset = TimeSpan.FromHours(14);

    public static DateCandidate Resolve(DateCandidate chosen, IEnumerable<DateCandidate> others)
    {
        if (!chosen.IsUtcInstant) return chosen;
        var instant = chosen.Date.EarliestUtc;
        var utcDay = DateOnly.FromDateTime(instant);
        foreach (var other in others)
        {
            if (other.IsUtcInstant || other.Date.Precision < DatePrecision.Day) continue;
            var day = other.Date.LocalDay;
            if (day == utcDay) return chosen;
            if (Math.Abs(day.DayNumber - utcDay.DayNumber) != 1) continue;
            if (other.ZoneWritten && other.Date.Precision == DatePrecision.Time)
            {
                var offset = TimeSpan.FromMinutes(other.Date.OffsetMinutes);
                if (Shown(instant, offset) is var shown && DateOnly.FromDateTime(shown.DateTime) == day) return chosen with { Date = FuzzyDate.FromInstant(shown) };
                continue;
            }
            if (NearestOffsetGiving(instant, day) is { } guessed) return chosen with { Date = FuzzyDate.FromInstant(Shown(instant, guessed)) };
        }
        return chosen;
    }

    private static DateTimeOffset Shown(DateTime utc, TimeSpan offset) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(offset);

    /// <summary>The whole-hour offset closest to zero, within real zones, at which <paramref name="utc"/> falls on <paramref name="day"/>.</summary>
    private static TimeSpan? NearestOffsetGiving(DateTime utc, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        for (var hours = 1; hours <= 14; hours++)
            foreach (var sign in (int[])[-1, 1])
            {
                var offset = TimeSpan.FromHours(sign * hours);
                if (offset < MinOffset || offset > MaxOffset) continue;
                var local = utc + offset;
                if (local >= midnight && local < midnight.AddDays(1)) return offset;
            }
        return null;
    }
}
