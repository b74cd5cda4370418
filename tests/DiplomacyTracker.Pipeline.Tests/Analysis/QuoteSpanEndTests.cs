using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A statement that is a quote ends at the quote's closing mark, not at the end of its clause.</summary>
public sealed class QuoteSpanEndTests
{
    private static IReadOnlyList<FoundStatement> Statements(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("Seoul urges talks with North Korea", text, FuzzyDate.FromDay(new DateOnly(2025, 11, 20), FuzzyDate.Seoul), "en"),
            SeedArticles.Catalog).Statements;

    [Theory]
    [InlineData("Foreign Minister Cho Hyun said \"we must talk now\" on Tuesday in Seoul.")]
    [InlineData("Foreign Minister Cho Hyun said \u201Cwe must talk now\u201D on Tuesday in Seoul.")]
    [InlineData("Foreign Minister Cho Hyun said \u201Cwe must talk now\u201D at a forum in Seoul on Tuesday.")]
    [InlineData("Foreign Minister Cho Hyun said on Tuesday that \u201Cwe must talk now\u201D during a meeting with reporters.")]
    [InlineData("Foreign Minister Cho Hyun said \"we must talk now\" in a speech in Seoul.")]
    [InlineData("Foreign Minister Cho Hyun said on Tuesday \u201Cwe must talk now\u201D in Seoul.")]
    [InlineData("Foreign Minister Cho Hyun told reporters \"we must talk now\" after the meeting.")]
    [InlineData("Foreign Minister Cho Hyun stressed that \u201Cwe must talk now\u201D before the talks in Beijing.")]
    public void A_quote_followed_by_time_or_place_ends_at_the_closing_mark(string sentence)
    {
        var s = Assert.Single(Statements(sentence));
        Assert.Equal(("kr-cho-hyun", StatementKind.Direct, "we must talk now"), (s.SpeakerKey, s.Kind, s.Text));
        Assert.Equal(s.Text, sentence[s.Start..s.End]);
    }

    [Theory]
    [InlineData("Foreign Minister Cho Hyun said \"we must talk now\" on Tuesday in Seoul, adding that talks could resume.")]
    [InlineData("Foreign Minister Cho Hyun said \u201Cwe must talk now,\u201D adding that talks could resume.")]
    public void Adding_after_the_quote_is_a_statement_of_its_own(string sentence)
    {
        var found = Statements(sentence);
        Assert.Equal(2, found.Count);
        Assert.Equal(("kr-cho-hyun", StatementKind.Direct, "we must talk now"), (found[0].SpeakerKey, found[0].Kind, found[0].Text));
        Assert.Equal(("kr-cho-hyun", "talks could resume"), (found[1].SpeakerKey, found[1].Text));
        Assert.DoesNotContain(found, s => s.Text.Contains("Tuesday", StringComparison.Ordinal) || s.Text.Contains("Seoul", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u201CWe must talk now,\u201D Cho Hyun said on Tuesday in Seoul.")]
    [InlineData("\"We must talk now,\" he said on Tuesday in Seoul.")]
    public void A_quote_before_the_speaker_keeps_only_the_quote(string sentence)
    {
        var found = Statements("Foreign Minister Cho Hyun spoke to reporters in Seoul. " + sentence);
        var s = Assert.Single(found);
        Assert.Equal(("kr-cho-hyun", StatementKind.Direct, "We must talk now"), (s.SpeakerKey, s.Kind, s.Text.TrimEnd(',')));
    }

    [Fact]
    public void A_quote_followed_by_an_attribution_tail_keeps_only_the_quote()
    {
        var text = "Foreign Minister Cho Hyun said \u201Cwe must talk now\u201D on Tuesday, he said.";
        var s = Assert.Single(Statements(text));
        Assert.Equal("we must talk now", s.Text);
    }

    [Fact]
    public void A_quoted_phrase_running_into_the_speakers_clause_is_mixed_and_keeps_the_clause()
    {
        var s = Assert.Single(Statements("Foreign Minister Cho Hyun said \u201Chostile policies\u201D must end before talks can resume."));
        Assert.Equal(StatementKind.Mixed, s.Kind);
        Assert.Equal("\u201Chostile policies\u201D must end before talks can resume", s.Text);
    }

    [Fact]
    public void Paraphrase_with_a_quote_keeps_the_paraphrase()
    {
        var s = Assert.Single(Statements("Foreign Minister Cho Hyun said the North's offer was \u201Ca trap\u201D on Tuesday in Seoul."));
        Assert.Equal(StatementKind.Mixed, s.Kind);
        Assert.StartsWith("the North's offer was \u201Ca trap\u201D", s.Text, StringComparison.Ordinal);
    }
}
