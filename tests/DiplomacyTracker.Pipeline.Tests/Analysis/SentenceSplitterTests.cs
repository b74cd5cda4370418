using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.TextOf(text)).ToList();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var parts = Split("The U.S. envoy met Mr. Kim on Feb. 3 in Seoul. Donald J. Trump said nothing. He left.");
        Assert.Equal(["The U.S. envoy met Mr. Kim on Feb. 3 in Seoul.", "Donald J. Trump said nothing.", "He left."], parts);
    }

    [Fact]
    public void A_missing_space_after_the_period_still_splits()
    {
        Assert.Equal(["Relations between the two countries.", "The possibility remains."], Split("Relations between the two countries.The possibility remains."));
    }

    [Fact]
    public void Ordinal_dates_end_sentences_and_line_breaks_always_do()
    {
        Assert.Equal(["The summit is on October 31st.", "The talks are preliminary."], Split("The summit is on October 31st. The talks are preliminary."));
        Assert.Equal(["A heading", "Singapore | June 12,2018 | Sentosa Island"], Split("A heading\nSingapore | June 12,2018 | Sentosa Island\n"));
    }

    [Fact]
    public void Offsets_index_the_original_text_and_quotes_stay_with_their_sentence()
    {
        const string text = "  “We will talk.” Kim said so.\n\nNext line";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(["“We will talk.”", "Kim said so.", "Next line"], sentences.Select(s => text[s.Start..s.End]));
        Assert.True(sentences[2].Paragraph > sentences[1].Paragraph);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("...!!!???")]
    public void Text_without_sentences_yields_no_or_only_trivial_sentences(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.All(sentences, s => Assert.True(s.End > s.Start && s.End <= text.Length));
        Assert.True(sentences.Count <= 1);
    }
}
