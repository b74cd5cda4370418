using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Korean day phrases resolved against the publication day.</summary>
public sealed class KoreanDateReaderTests
{
    [Theory]
    [InlineData("2025-10-29", "29일", "2025-10-29")]
    [InlineData("2025-10-29", "지난 18일", "2025-10-18")]
    [InlineData("2025-10-29", "18일에", "2025-10-18")]
    [InlineData("2025-10-29", "30일", "2025-09-30")]
    [InlineData("2026-01-05", "30일", "2025-12-30")]
    [InlineData("2025-10-29", "오늘", "2025-10-29")]
    [InlineData("2025-10-29", "어제", "2025-10-28")]
    [InlineData("2025-10-29", "그제", "2025-10-27")]
    [InlineData("2025-10-29", "2018년 4월 27일", "2018-04-27")]
    [InlineData("2025-10-29", "10월 2일", "2025-10-02")]
    [InlineData("2026-01-03", "12월 28일", "2025-12-28")]
    public void Resolves_against_publication(string published, string phrase, string expected)
    {
        var p = FuzzyDate.FromDay(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), FuzzyDate.Seoul);
        var date = KoreanDateReader.Read(phrase, 0, phrase.Length, p);
        Assert.NotNull(date);
        Assert.Equal(DatePrecision.Day, date.Value.Precision);
        Assert.Equal(expected, date.Value.ToIsoString());
    }

    [Theory]
    [InlineData("31일")]        // September has 30 days: the 31st before 29 October does not exist
    [InlineData("118일")]       // a count, not a day
    [InlineData("매일")]        // "every day"
    [InlineData("어제오늘의 일")] // inside a word
    [InlineData("")]
    public void Refuses_what_is_not_a_day(string phrase)
    {
        var p = FuzzyDate.FromDay(new DateOnly(2025, 10, 29), FuzzyDate.Seoul);
        Assert.Null(KoreanDateReader.Read(phrase, 0, phrase.Length, p));
    }

    [Fact]
    public void Nothing_without_a_publication_day() =>
        Assert.Null(KoreanDateReader.Read("18일", 0, 3, null));
}
