using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Pasted text without a headline keeps every paragraph: a short quote line further down is not a title.</summary>
public class PlainTextHeadlessTests
{
    [Fact]
    public void A_short_quote_line_after_paragraphs_is_not_taken_for_the_title()
    {
        const string text = "WASHINGTON — President Donald Trump on Thursday morning canceled an upcoming June 12 summit with North Korea leader Kim Jong Un in Singapore.\n\n"
            + "In a three paragraph letter to Kim Jong Un released by the White House, Trump said it was “inappropriate, at this time” for the meeting.\n\n"
            + "Trump added, “You talk about your nuclear capabilities, but ours are so massive.”\n\n"
            + "The president apparently was referring to a North Korean government statement.";
        var article = ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(text), ContentType: "text/plain; charset=utf-8"));
        Assert.True(article.Found, article.Error);
        Assert.StartsWith("WASHINGTON — President Donald Trump", article.Text, StringComparison.Ordinal);
        Assert.Contains("Trump added, “You talk about", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_line_before_the_paragraphs_is_still_the_title()
    {
        const string text = "Trump cancels Singapore summit with Kim\n\nWASHINGTON — President Donald Trump on Thursday canceled the June 12 summit with Kim Jong Un in Singapore.";
        var article = ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(text), ContentType: "text/plain; charset=utf-8"));
        Assert.Equal("Trump cancels Singapore summit with Kim", article.Title);
    }
}
