using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A corrected statement must stay pinned to its place in the article, whatever small typing differences the editor made.</summary>
public sealed class StatementSpanLocatorTests
{
    private const string Article =
        "Seoul, Oct. 3 (Yonhap) -- “The second summit,” Moon said, “will be a turning point for peace.”\n\n" +
        "Kim   Yo-jong said the South’s drills were “reckless”.\n\n" +
        "Later, Moon said the second summit will be a turning point — again.";

    private static string At(string text, int near = 0)
    {
        var span = StatementSpanLocator.Locate(Article, text, near);
        Assert.NotNull(span);
        return Article[span.Value.Start..span.Value.End];
    }

    [Fact]
    public void Exact_text_is_found() => Assert.Equal("will be a turning point for peace", At("will be a turning point for peace"));

    [Fact]
    public void Quotes_white_space_case_and_dashes_may_differ() =>
        Assert.Equal("Kim   Yo-jong said the South’s drills were “reckless”", At("kim yo-jong said the South's drills were \"reckless\""));

    [Fact]
    public void An_interrupted_quotation_spans_both_pieces() =>
        Assert.Equal("The second summit,” Moon said, “will be a turning point for peace.",
            At("The second summit, … will be a turning point for peace."));

    [Fact]
    public void Of_two_occurrences_the_one_nearest_the_old_place_wins()
    {
        var later = Article.IndexOf("Later", StringComparison.Ordinal);
        var first = StatementSpanLocator.Locate(Article, "a turning point", 0);
        var second = StatementSpanLocator.Locate(Article, "a turning point", later);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(first.Value.Start < later);
        Assert.True(second.Value.Start > later);
    }

    [Theory]
    [InlineData("Words the article never had.")]
    [InlineData(" … ")]
    [InlineData("")]
    public void Text_not_in_the_article_is_not_located(string text) => Assert.Null(StatementSpanLocator.Locate(Article, text, 0));
}
