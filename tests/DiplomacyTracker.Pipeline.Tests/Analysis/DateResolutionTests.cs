using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class DateResolutionTests
{
    private static readonly DateOnly Saturday = new(2025, 10, 18);

    [Theory]
    [InlineData("Friday", false, "2025-10-17", "2025-10-17", DatePrecision.Day)]
    [InlineData("on Saturday", false, "2025-10-18", "2025-10-18", DatePrecision.Day)]
    [InlineData("Monday", false, "2025-10-13", "2025-10-13", DatePrecision.Day)]
    [InlineData("Monday", true, "2025-10-20", "2025-10-20", DatePrecision.Day)]
    [InlineData("yesterday", false, "2025-10-17", "2025-10-17", DatePrecision.Day)]
    [InlineData("the day before", false, "2025-10-17", "2025-10-17", DatePrecision.Day)]
    [InlineData("a day earlier", false, "2025-10-17", "2025-10-17", DatePrecision.Day)]
    [InlineData("the previous day", false, "2025-10-17", "2025-10-17", DatePrecision.Day)]
    [InlineData("earlier this week", false, "2025-10", "2025-10-18", DatePrecision.Month)] // a span of days is never shown as one day
    [InlineData("next week", true, "2025-10", "2025-10-26", DatePrecision.Month)]
    [InlineData("earlier this month", false, "2025-10", "2025-10-18", DatePrecision.Month)]
    [InlineData("last month", false, "2025-09", "2025-09", DatePrecision.Month)]
    [InlineData("last year", false, "2024", "2024", DatePrecision.Year)]
    public void Relative_phrases_resolve_against_the_publication_day(string phrase, bool future, string first, string last, DatePrecision precision)
    {
        var date = RelativeDateResolver.Resolve(phrase.Replace("on ", ""), Saturday, future, FuzzyDate.Seoul);
        Assert.NotNull(date);
        Assert.Equal(precision, date.Value.Precision);
        Assert.Equal(first, date.Value.ToIsoString());
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(date.Value.LatestUtc, FuzzyDate.Seoul));
        Assert.StartsWith(last, lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("earlier this week", false, "2025-10-13")]
    [InlineData("next week", true, "2025-10-20")]
    [InlineData("last week", false, "2025-10-06")]
    [InlineData("later this month", true, "2025-10-18")]
    public void Spans_of_days_keep_their_first_day_for_filtering(string phrase, bool future, string firstDay) =>
        Assert.Equal(DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture), RelativeDateResolver.Resolve(phrase, Saturday, future, FuzzyDate.Seoul)!.Value.LocalDay);

    [Fact]
    public void Unknown_phrases_resolve_to_nothing() => Assert.Null(RelativeDateResolver.Resolve("soon", Saturday, false, FuzzyDate.Seoul));

    [Theory]
    [InlineData("February 27-28,2019", false, "2019-02-27", "2019-02-28")]
    [InlineData("June 12,2018", false, "2018-06-12", "2018-06-12")]
    [InlineData("scheduled for Gyeongju on October 31st", true, "2025-10-31", "2025-10-31")]
    [InlineData("met on 30 June 2019", false, "2019-06-30", "2019-06-30")]
    [InlineData("in January", true, "2026-01", "")]
    [InlineData("will visit Pyongyang from Oct. 20 to 22", true, "2025-10-20", "2025-10-22")]
    [InlineData("on November 3 and 4", true, "2025-11-03", "2025-11-04")]
    [InlineData("from Nov. 3 through 5", true, "2025-11-03", "2025-11-05")]
    [InlineData("on Oct. 20 to discuss 12 issues", true, "2025-10-20", "2025-10-20")]
    public void Written_dates_take_missing_years_from_the_publication(string text, bool future, string first, string last)
    {
        var published = FuzzyDate.FromInstant(new DateTimeOffset(2025, 10, 18, 10, 0, 0, TimeSpan.FromHours(9)));
        var phrases = DatePhraseReader.Read(text, 0, text.Length, published, future);
        if (first == "2026-01")
        {
            Assert.Empty(phrases); // a month without a day or year is not a date this reader guesses
            return;
        }
        var phrase = Assert.Single(phrases);
        Assert.Equal(first, phrase.From.ToIsoString());
        Assert.Equal(last, phrase.To.ToIsoString());
    }

    [Fact]
    public void A_statement_without_a_time_phrase_is_dated_the_publication_day_or_not_at_all()
    {
        const string text = "Unification Minister Chung Dong-young said the North must return to talks.";
        var dated = ArticleAnalyzer.Analyze(new ArticleText("t", text, FuzzyDate.FromDay(Saturday, FuzzyDate.Seoul), "en"), SeedArticles.Catalog);
        Assert.Equal("2025-10-18", Assert.Single(dated.Statements).SaidOn?.ToIsoString());
        var undated = ArticleAnalyzer.Analyze(new ArticleText("t", text, null, "en"), SeedArticles.Catalog);
        Assert.Null(Assert.Single(undated.Statements).SaidOn);
    }
}
