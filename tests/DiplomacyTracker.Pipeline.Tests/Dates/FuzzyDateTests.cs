using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Dates;

public class FuzzyDateTests
{
    [Fact]
    public void A_Seoul_day_spans_its_local_midnights_in_utc()
    {
        var day = FuzzyDate.FromDay(new DateOnly(2025, 10, 31), FuzzyDate.Seoul);

        Assert.Equal(new DateTime(2025, 10, 30, 15, 0, 0, DateTimeKind.Utc), day.EarliestUtc);
        Assert.Equal(new DateTime(2025, 10, 31, 15, 0, 0, DateTimeKind.Utc).AddTicks(-1), day.LatestUtc);
        Assert.Equal(540, day.OffsetMinutes);
        Assert.Equal(new DateOnly(2025, 10, 31), day.LocalDay);
        Assert.Equal("2025-10-31", day.ToIsoString());
        Assert.Equal("31 Oct 2025", day.ToDisplayString());
    }

    [Fact]
    public void A_month_keeps_its_precision_in_text_and_overlaps_its_days()
    {
        var october = FuzzyDate.FromMonth(2025, 10, FuzzyDate.Seoul);
        var halloween = FuzzyDate.FromDay(new DateOnly(2025, 10, 31), FuzzyDate.Seoul);
        var november = FuzzyDate.FromDay(new DateOnly(2025, 11, 1), FuzzyDate.Seoul);

        Assert.Equal("Oct 2025", october.ToDisplayString());
        Assert.Equal("2025-10", october.ToIsoString());
        Assert.True(october.Overlaps(halloween));
        Assert.False(october.Overlaps(november));
    }

    [Fact]
    public void A_range_of_days_covers_both_ends()
    {
        var hanoi = FuzzyDate.FromDays(new DateOnly(2019, 2, 27), new DateOnly(2019, 2, 28), FuzzyDate.Seoul);

        Assert.True(hanoi.Overlaps(FuzzyDate.FromDay(new DateOnly(2019, 2, 28), FuzzyDate.Seoul)));
        Assert.False(hanoi.Overlaps(FuzzyDate.FromDay(new DateOnly(2019, 3, 1), FuzzyDate.Seoul)));
    }

    [Fact]
    public void An_instant_keeps_its_offset_for_display()
    {
        var published = FuzzyDate.FromInstant(new DateTimeOffset(2025, 10, 18, 10, 0, 0, TimeSpan.FromHours(9)));

        Assert.Equal(new DateTime(2025, 10, 18, 1, 0, 0, DateTimeKind.Utc), published.EarliestUtc);
        Assert.Equal("2025-10-18T10:00+09:00", published.ToIsoString());
        Assert.Equal("18 Oct 2025 10:00", published.ToDisplayString());
    }

    [Theory]
    [InlineData("2025-10-18", "2025-10-18", DatePrecision.Day)]
    [InlineData("2025-10", "2025-10", DatePrecision.Month)]
    [InlineData("2025", "2025", DatePrecision.Year)]
    [InlineData("2025-10-18 10:00", "2025-10-18T10:00+09:00", DatePrecision.Time)]
    [InlineData("2025-10-18T01:00Z", "2025-10-18T01:00+00:00", DatePrecision.Time)]
    [InlineData("2025-10-18T10:00-04:00", "2025-10-18T10:00-04:00", DatePrecision.Time)]
    public void Typed_dates_parse_with_their_precision(string text, string iso, DatePrecision precision)
    {
        Assert.True(DateInput.TryParse(text, out var date));
        Assert.Equal(iso, date.ToIsoString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2025-13-45")]
    [InlineData("18/10/2025")]
    [InlineData("0001")]
    [InlineData("9999-12-31")]
    [InlineData("9999-12")]
    [InlineData("9999-12-31 23:00")]
    [InlineData("9999-12-31T23:59:59+09:00")]
    [InlineData("0001-01-01")]
    public void Nonsense_dates_are_refused(string text) => Assert.False(DateInput.TryParse(text, out _));
}
