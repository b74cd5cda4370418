using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A statement is dated by the day of speaking, never by a day it talks about; spans of days are never one day.</summary>
public sealed class StatementDateTests
{
    private static FoundStatement Single(string text, DateOnly published) =>
        Assert.Single(ArticleAnalyzer.Analyze(new ArticleText("North Korea talks", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true).Statements);

    [Fact]
    public void A_day_inside_the_words_dates_what_was_talked_about_not_the_remark()
    {
        // Published Friday 17 October 2025: the remark is Friday's, the talks Monday's.
        var s = Single("Talks with North Korea will open on Monday, Unification Minister Chung Dong-young said.", new DateOnly(2025, 10, 17));
        Assert.Equal("2025-10-17", s.SaidOn?.ToIsoString());
    }

    [Fact]
    public void The_day_in_the_reporting_clause_is_the_day_of_speaking()
    {
        var s = Single("Unification Minister Chung Dong-young said on Wednesday that talks with North Korea would open on Monday.", new DateOnly(2025, 10, 17));
        Assert.Equal("2025-10-15", s.SaidOn?.ToIsoString());
    }

    [Fact]
    public void A_month_and_day_in_a_quote_never_moves_the_remark_to_another_year()
    {
        // Real-en article 12 (2018-06-01): "I think we will have a relationship, and it will start on June 12," he said — once filed under 2017-06-12.
        var s = Single("President Donald Trump spoke to reporters. “I think we will have a relationship, and it will start on June 12,” he said.", new DateOnly(2018, 6, 1));
        Assert.Equal("2018-06-01", s.SaidOn?.ToIsoString());
    }

    [Theory]
    [InlineData("Unification Minister Chung Dong-young said last week that talks with North Korea must resume.", "2025-10")]
    [InlineData("Unification Minister Chung Dong-young said earlier this month that talks with North Korea must resume.", "2025-10")]
    public void A_week_or_part_of_a_month_is_never_shown_as_one_day(string text, string iso)
    {
        var s = Single(text, new DateOnly(2025, 10, 17));
        Assert.Equal((iso, DatePrecision.Month), (s.SaidOn?.ToIsoString(), s.SaidOn?.Precision));
    }

    [Fact]
    public void A_day_before_the_words_own_verb_dates_the_report()
    {
        var s = Single("Kim Yo-jong slammed joint military drills between Seoul and Washington on Friday, calling them a rehearsal for invasion.", new DateOnly(2025, 11, 15));
        Assert.Equal("2025-11-14", s.SaidOn?.ToIsoString());
    }
}
