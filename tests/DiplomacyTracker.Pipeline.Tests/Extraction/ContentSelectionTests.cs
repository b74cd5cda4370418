using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>What stays in the article text and what goes, one page feature at a time.</summary>
public class ContentSelectionTests
{
    private const string Prose1 = "The foreign ministers met in Seoul on Monday and agreed to resume working-level talks before the end of the year, officials said.";
    private const string Prose2 = "Both sides described the meeting as constructive, although no date was set for the next round of negotiations between the delegations.";
    private const string Prose3 = "Analysts said the agreement, while modest, was the clearest sign in months that the two governments want to keep diplomacy moving forward.";

    private static ExtractedArticle Extract(string articleInner, string? selector = null) =>
        ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(
            $"<html><head><title>Ministers agree to resume talks</title></head><body><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>" +
            $"<div class=\"story\"><h1>Ministers agree to resume talks</h1>{articleInner}</div><footer><p>© 2025 Example</p></footer></body></html>"),
            ContentSelector: selector));

    [Fact]
    public void Embedded_post_in_a_social_embed_box_is_kept_but_share_bar_is_not()
    {
        var article = Extract($"""
            <p>{Prose1}</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>We will meet again soon. Diplomacy is the only way forward for the peninsula.</p>— Minister (@minister) <a href="https://x.com/minister/status/1">November 18, 2025</a></blockquote></div>
            <p>{Prose2}</p>
            <div class="social-share"><a href="#">Facebook</a> <a href="#">X</a> <span>Share this article with your friends today</span></div>
            <p>{Prose3}</p>
            """);
        Assert.Contains("Diplomacy is the only way forward for the peninsula.", article.Text);
        Assert.DoesNotContain("Facebook", article.Text);
        Assert.DoesNotContain("Share this article", article.Text);
        Assert.EndsWith(Prose3, article.Text);
    }

    [Fact]
    public void Article_resumes_after_a_teaser_insert()
    {
        var article = Extract($"""
            <p>{Prose1}</p>
            <h4>More:</h4>
            <ul><li><a href="/a">Envoy visits Pyongyang</a></li><li><a href="/b">Sanctions debate heats up</a></li></ul>
            <p>{Prose2}</p>
            <p>{Prose3}</p>
            """);
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}", article.Text);
    }

    [Fact]
    public void A_share_label_above_the_article_does_not_end_it()
    {
        var article = Extract($"""
            <div class="byline"><div>Der Artikel gefällt dir?</div><div>Mit Freunden teilen</div></div>
            <div class="intro">{Prose1}<br><br>{Prose2}<br><br>{Prose3}</div>
            """);
        Assert.True(article.Found, article.Error);
        Assert.DoesNotContain("Mit Freunden teilen", article.Text);
        Assert.EndsWith(Prose3, article.Text);
    }

    [Fact]
    public void A_comments_label_after_the_article_still_ends_it()
    {
        var article = Extract($"""
            <p>{Prose1}</p>
            <p>{Prose2}</p>
            <div class="label">Comments</div>
            <p>I do not believe a word of this, the talks will fail like every round before them and nothing will change.</p>
            """);
        Assert.Equal($"{Prose1}\n\n{Prose2}", article.Text);
    }

    [Theory]
    [InlineData("Aktualisiert: 11.04.2020, 10:27")]
    [InlineData("asked Feb 6, 2014 at 20:37")]
    [InlineData("24. März 2004, 19:49 | Genesis")]
    public void A_date_stamp_with_a_label_goes(string stamp)
    {
        var article = Extract($"<p>{stamp}</p><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p>");
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}", article.Text);
    }

    [Theory]
    [InlineData("5 min read")]
    [InlineData("Lesezeit: 3 Minuten")]
    [InlineData("Vorschau auf den nächsten Artikel")]
    [InlineData("Next post »")]
    public void Reading_time_and_next_post_labels_go(string label)
    {
        var article = Extract($"<p>{Prose1}</p><p>{label}</p><p>{Prose2}</p>");
        Assert.Equal($"{Prose1}\n\n{Prose2}", article.Text);
    }

    [Theory]
    [InlineData("Einsendeschluss: 03.11.2019 (Poststempel)")]
    [InlineData("March 3, 2020: the WHO declares a pandemic")]
    [InlineData("The armistice was signed on July 27, 1953 at Panmunjom")]
    public void A_sentence_or_notice_with_a_date_stays(string line)
    {
        var article = Extract($"<p>{line}</p><p>{Prose1}</p><p>{Prose2}</p>");
        Assert.StartsWith(line, article.Text);
    }

    [Fact]
    public void Faq_section_is_dropped_up_to_the_next_heading()
    {
        var article = Extract($"""
            <p>{Prose1}</p>
            <h2>Frequently Asked Questions</h2>
            <p>What is the agenda? The agenda covers verification, sanctions relief and a possible summit venue for the leaders.</p>
            <h2>What comes next</h2>
            <p>{Prose2}</p>
            """);
        Assert.Equal($"{Prose1}\n\nWhat comes next\n\n{Prose2}", article.Text);
    }

    [Fact]
    public void Content_selector_picks_the_body_when_given()
    {
        var article = Extract($"<div class=\"lede\"><p>{Prose1}</p></div><div class=\"body-text\"><p>{Prose2}</p><p>{Prose3}</p></div>", selector: ".body-text");
        Assert.Equal($"{Prose2}\n\n{Prose3}", article.Text);
    }
}
