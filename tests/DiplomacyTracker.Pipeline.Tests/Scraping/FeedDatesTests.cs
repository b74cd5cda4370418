using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Sat, 21 Nov 2026 14:05:00 +0900", "UTC", "2026-11-21T05:05:00Z")]
    [InlineData("Sat, 21 Nov 2026 14:05:00 GMT", "Asia/Seoul", "2026-11-21T14:05:00Z")]
    [InlineData("Fri, 20 Nov 2026 09:00:00 EST", "UTC", "2026-11-20T14:00:00Z")]
    [InlineData("Mon, 13 Jul 2026 09:00:00 EDT", "UTC", "2026-07-13T13:00:00Z")]
    [InlineData("Sat, 21 Nov 2026 09:30:00 KST", "UTC", "2026-11-21T00:30:00Z")]
    [InlineData("21 Nov 26 09:30 +0900", "UTC", "2026-11-21T00:30:00Z")]
    [InlineData("Sat, 21 Nov 2026 09:30:00", "Asia/Seoul", "2026-11-21T00:30:00Z")]
    [InlineData("Sat, 21 Nov 2026 09:30:00", "America/New_York", "2026-11-21T14:30:00Z")]
    [InlineData("2026-11-21T09:30:00+09:00", "UTC", "2026-11-21T00:30:00Z")]
    [InlineData("2026-11-21T09:30:00Z", "Asia/Seoul", "2026-11-21T09:30:00Z")]
    [InlineData("2026-11-21T09:30:00", "Asia/Seoul", "2026-11-21T00:30:00Z")]
    [InlineData("2026-11-21 09:30", "Asia/Seoul", "2026-11-21T00:30:00Z")]
    [InlineData("2026.11.21 09:30", "Asia/Seoul", "2026-11-21T00:30:00Z")]
    [InlineData("Tuesday, 10 March 2026 18:00:00 +0000", "UTC", "2026-03-10T18:00:00Z")]
    public void Reads_real_world_feed_dates(string text, string zone, string expectedUtc)
    {
        var parsed = FeedDates.Parse(text, FeedDates.FindZone(zone));
        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sat, 45 Foo 2026 99:99:00 GMT")]
    public void Unreadable_dates_are_null_not_errors(string text) =>
        Assert.Null(FeedDates.Parse(text, TimeZoneInfo.Utc));
}
