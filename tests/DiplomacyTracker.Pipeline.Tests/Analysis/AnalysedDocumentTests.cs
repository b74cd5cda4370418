using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>The document every sieve reads: sentences, quotes, language, dates read both ways.</summary>
public sealed class AnalysedDocumentTests
{
    private static AnalysedDocument Doc(string text, DateOnly? day = null) => DocumentBuilder.ForText(text, SeedArticles.Catalog, day ?? new DateOnly(2018, 5, 4));

    [Fact]
    public void A_missing_space_after_a_full_stop_before_a_title_splits_before_the_title_not_after_it()
    {
        const string text = "Some officials have argued for completion in six months, but that may be an opening position.Mr. Bolton has occasionally cited the example of Libya.";
        var doc = Doc(text);
        Assert.Equal(["Some officials have argued for completion in six months, but that may be an opening position.",
            "Mr. Bolton has occasionally cited the example of Libya."], doc.Sentences.Select(s => s.TextOf(text)));
    }

    [Fact]
    public void Dotted_abbreviations_still_hold_a_sentence_together()
    {
        const string text = "The U.S. envoy met the D.P.R.K. delegation. Talks resumed.";
        Assert.Equal(2, Doc(text).Sentences.Count);
    }

    [Theory]
    [InlineData("이재명 대통령은 \"대화가 필요하다\"고 말했다. Trump는 답하지 않았다.", "ko")]
    [InlineData("President Lee said talks were needed. 이재명 (Lee Jae-myung) spoke in Seoul.", "en")]
    [InlineData("北朝鮮はミサイルを発射した。", "ja")]
    [InlineData("", "en")]
    public void The_language_is_read_from_the_letters(string text, string language) =>
        Assert.Equal(language, LanguageDetector.Detect(text, null));

    [Fact]
    public void A_declared_language_does_not_override_hangul() =>
        Assert.Equal("ko", LanguageDetector.Detect("북한은 미사일을 발사했다고 합동참모본부가 밝혔다.", "en-US"));

    [Fact]
    public void Dates_are_read_once_both_ways_with_their_precision()
    {
        // Published Friday 4 May 2018: "on Monday" looks back to 30 April for a remark, ahead to 7 May for a plan.
        const string text = "Kim said on Monday that talks would open later this month.";
        var doc = Doc(text);
        var monday = doc.Dates.Single(d => text[d.Start..d.End] == "Monday");
        Assert.Equal(new DateOnly(2018, 4, 30), monday.BackFrom.LocalDay);
        Assert.Equal(new DateOnly(2018, 5, 7), monday.AheadFrom.LocalDay);
        var later = doc.Dates.Single(d => text[d.Start..d.End] == "later this month");
        Assert.True(later.AheadFrom.LatestUtc - later.AheadFrom.EarliestUtc > TimeSpan.FromDays(2), "a span of days, not one day");
        Assert.Equal(2, doc.DatesIn(0, text.Length, future: false).Count);
    }

    [Fact]
    public void Quotes_run_over_paragraphs_that_reopen_them()
    {
        const string text = "Moon said: \u201CWe will talk.\n\n\u201CAnd we will meet again,\u201D he added.";
        var q = Assert.Single(Doc(text).Quotes);
        Assert.Equal(text.IndexOf('\u201C'), q.Open);
    }

    [Fact]
    public void Sentence_at_finds_the_sentence_of_an_offset()
    {
        const string text = "One two. Three four.";
        var doc = Doc(text);
        Assert.Equal(0, doc.SentenceAt(3));
        Assert.Equal(1, doc.SentenceAt(text.IndexOf("Three", StringComparison.Ordinal)));
        Assert.Equal("Three four.", doc.SentenceText(1));
    }
}
