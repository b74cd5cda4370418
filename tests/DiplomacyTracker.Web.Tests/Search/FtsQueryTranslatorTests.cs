using DiplomacyTracker.Search;

namespace DiplomacyTracker.Web.Tests.Search;

/// <summary>User text never reaches MATCH raw: tokens quoted, phrases kept, prefixes kept, operators dropped.</summary>
public sealed class FtsQueryTranslatorTests
{
    [Theory]
    [InlineData("peace", "\"peace\"")]
    [InlineData("Jae-myung", "\"Jae-myung\"")]
    [InlineData("\"peace talks\" Lee", "\"peace talks\" \"Lee\"")]
    [InlineData("denucl*", "\"denucl\"*")]
    [InlineData("peace OR war", "\"peace\" \"war\"")]
    [InlineData("NOT peace AND NEAR(war", "\"peace\" \"war\"")]
    [InlineData("\"((AND NEAR(", "\"AND\"")]
    [InlineData("Text:peace ^war", "\"Text peace\" \"war\"")]
    [InlineData("'; DROP TABLE", "\"DROP\" \"TABLE\"")]
    public void Translates_to_quoted_tokens(string input, string expected)
    {
        var query = FtsQueryTranslator.Translate(input);
        Assert.Equal(FtsIndex.Words, query.Index);
        Assert.Equal(expected, query.Match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("( ) : ^ -")]
    [InlineData("AND OR NOT")]
    public void Nothing_searchable_gives_an_empty_query(string input) =>
        Assert.True(FtsQueryTranslator.Translate(input).IsEmpty);

    [Fact]
    public void Hangul_goes_to_the_trigram_index_and_short_pieces_to_like()
    {
        var query = FtsQueryTranslator.Translate("이재명 평화");
        Assert.Equal(FtsIndex.Trigram, query.Index);
        Assert.Equal("\"이재명\"", query.Match);
        Assert.Equal(["평화"], query.LikeTerms);

        var shortOnly = FtsQueryTranslator.Translate("평화");
        Assert.Equal(FtsIndex.None, shortOnly.Index);
        Assert.Null(shortOnly.Match);
        Assert.Equal(["평화"], shortOnly.LikeTerms);
    }

    [Fact]
    public void Output_never_contains_an_unquoted_operator_character()
    {
        foreach (var input in new[] { "a\"b", "x) OR (y", "{col}: z", "a + b - c", "near/3", "\"open" })
        {
            var match = FtsQueryTranslator.Translate(input).Match ?? "";
            var outside = string.Concat(match.Split('"').Where((_, i) => i % 2 == 0));
            Assert.Matches(@"^[\s*]*$", outside);
        }
    }
}
