using System.Globalization;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Reads the dates feeds actually contain (<see cref="FeedDateFormats"/>): RFC 822 and its variants (named zones
/// GMT/EST/PT/MEST/…, <c>GMT-01:01</c>, <c>Etc/GMT</c>, no weekday space, a comma after the month), W3C-DTF / ISO 8601
/// (also year-only, year-month, fractions, two-digit-year forms), asctime and Twitter dates, Perforce dates, Korean
/// dates (<c>2004년 05월 28일</c>, <c>오후 11:23</c>), and zone-less forms read in the source's own time zone.
/// Never throws: an unreadable or impossible date (hour 25, 31 February, offset −99:99, beyond year 9999) is null.
/// </summary>
public static class FeedDates
{
    /// <summary>Parses <paramref name="text"/>; a date without a zone is local time in <paramref name="zone"/>. Null when unreadable.</summary>
    public static DateTimeOffset? Parse(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        try
        {
            return FeedDateFormats.Read(text, zone);
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException or FormatException)
        {
            return null; // a reader's range check missed something: still a bad date, not a bad feed
        }
    }

    /// <summary>The IANA (or Windows) zone by id; UTC when unknown or empty.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }

    /// <summary>
    /// The instant for these fields, checked: null for an impossible date or time. <paramref name="offsetMinutes"/> null
    /// means local time in <paramref name="zone"/>; an offset beyond ±14 h (which <see cref="DateTimeOffset"/> cannot
    /// hold) is applied and the instant given in UTC.
    /// </summary>
    internal static DateTimeOffset? Instant(int year, int month, int day, int hour, int minute, int second, int? offsetMinutes, TimeZoneInfo zone)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 60) return null;
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        if (offsetMinutes is not { } offset)
        {
            var zoneOffset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
            return Within(local.Ticks - zoneOffset.Ticks) ? new DateTimeOffset(local, zoneOffset) : null;
        }
        var utcTicks = local.Ticks - TimeSpan.TicksPerMinute * offset;
        if (!Within(utcTicks)) return null;
        return Math.Abs(offset) <= 14 * 60
            ? new DateTimeOffset(local, TimeSpan.FromMinutes(offset))
            : new DateTimeOffset(new DateTime(utcTicks, DateTimeKind.Unspecified), TimeSpan.Zero);
    }

    private static bool Within(long ticks) => ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;

    internal static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
