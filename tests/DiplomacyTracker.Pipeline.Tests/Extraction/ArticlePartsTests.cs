using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Parts of an article that sit outside the block the scorer picks: grid rows, decks, anchored subheadings.</summary>
public class ArticlePartsTests
{
    private const string Prose1 = "The foreign ministers met in Seoul on Monday and agreed to resume working-level talks before the end of the year, officials said.";
    private const string Prose2 = "Both sides described the meeting as constructive, although no date was set for the next round of negotiations between the delegations.";
    private const string Prose3 = "Analysts said the agreement, while modest, was the clearest sign in months that the two governments want to keep diplomacy moving forward.";

    private static ExtractedArticle Extract(string articleInner) =>
        ArticleExtractor.Extract(new PageInput(Encoding.UTF8.GetBytes(
            "<html><head><title>Ministers agree to resume talks</title></head><body><nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>" +
            $"<div class=\"story\"><h1>Ministers agree to resume talks</h1>{articleInner}</div><footer><p>© 2025 Example</p></footer></body></html>")));

    [Fact]
    public void An_article_cut_into_grid_rows_keeps_its_first_row()
    {
        // The first row is too small beside the long one to be joined as a block of the same kind, and has more
        // paragraphs than the lede search takes: only the grid-row rule keeps its last paragraph.
        var fourth = "The talks will be the first since the spring, when a dispute over export controls froze every working group.";
        var longRow = string.Concat(Enumerable.Range(1, 60).Select(i => $"<p>{Prose3} This is paragraph {i} of the report.</p>"));
        var article = Extract($"""
            <div class="row"><div class="col"><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p><p>{fourth}</p></div></div>
            <div class="ad-slot"><a href="/ads">Advertisement</a></div>
            <div class="row"><div class="col">{longRow}</div></div>
            """);
        Assert.True(article.Found, article.Error);
        Assert.StartsWith(Prose1, article.Text);
        Assert.Contains($"{fourth}\n\n{Prose3} This is paragraph 1 of", article.Text);
        Assert.EndsWith("This is paragraph 60 of the report.", article.Text);
        Assert.DoesNotContain("Advertisement", article.Text);
    }

    [Fact]
    public void A_deck_written_as_a_subheading_comes_first()
    {
        var deck = "Seoul and Tokyo set aside a year of quarrels over history and trade to restart talks on security, officials said.";
        var article = Extract($"""
            <h2 class="article-lead">{deck}</h2>
            <h2 class="kicker">Diplomacy</h2>
            <div class="body"><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></div>
            """);
        Assert.StartsWith(deck, article.Text);
        Assert.DoesNotContain("Diplomacy\n", article.Text);
    }

    [Fact]
    public void A_subheading_whose_anchor_id_starts_with_nav_is_kept()
    {
        var article = Extract($"""
            <div class="body"><p>{Prose1}</p><h3 id="nav_the_next_round__1" class="subheading">The next round of talks</h3><p>{Prose2}</p><p>{Prose3}</p></div>
            """);
        Assert.Contains($"{Prose1}\n\nThe next round of talks\n\n{Prose2}", article.Text);
    }
}
