using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Bad text never throws and never invents statements.</summary>
public sealed class BadInputTests
{
    private static AnalysisResult Analyze(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea talks", text, FuzzyDate.FromDay(new DateOnly(2025, 10, 18), FuzzyDate.Seoul), "en"), SeedArticles.Catalog);

    private static void AssertWellFormed(string text, AnalysisResult result)
    {
        foreach (var s in result.Statements)
        {
            Assert.InRange(s.Start, 0, s.End);
            Assert.InRange(s.End, s.Start, text.Length);
            StatementText.AssertWithin(text, s);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("!!! ??? ... “ ” \" ' ’")]
    [InlineData("said said said according to according to")]
    public void Text_with_no_sentences_yields_nothing(string text)
    {
        var result = Analyze(text);
        Assert.Empty(result.Statements);
        Assert.Empty(result.Summits);
    }

    [Fact]
    public void A_one_megabyte_article_is_analysed_without_inventing_speakers()
    {
        var seed = SeedArticles.Load("000_b0c96d113f6e56f9.txt").Text;
        var text = new StringBuilder();
        while (text.Length < 1_000_000) text.Append(seed).Append("\n\n");
        var result = Analyze(text.ToString());
        AssertWellFormed(text.ToString(), result);
        Assert.All(result.Statements, s => Assert.DoesNotContain("officials", s.SpeakerKey, StringComparison.Ordinal));
        Assert.True(result.Statements.Count >= 14);
    }

    [Fact]
    public void A_megabyte_long_sentence_yields_no_statement()
    {
        var text = string.Concat(Enumerable.Repeat("Kim Jong-un said that ", 50_000));
        Assert.Empty(Analyze(text).Statements);
    }

    [Fact]
    public void Unbalanced_quotes_do_not_carry_words_to_another_speaker()
    {
        const string text = "“We will never negotiate under pressure\nDonald Trump said the door was open.\nKim Jong-un said “nothing will change.";
        var result = Analyze(text);
        AssertWellFormed(text, result);
        Assert.All(result.Statements, s => Assert.DoesNotContain('\n', s.Text));
        Assert.DoesNotContain(result.Statements, s => s.SpeakerKey == "us-donald-trump" && s.Text.Contains("negotiate", StringComparison.Ordinal));
    }

    [Fact]
    public void Curly_and_straight_quotes_mixed_still_pair()
    {
        const string text = "“We are ready to talk about denuclearization,\" Kim Jong-un said. \"The North must act first,” Donald Trump said.";
        var result = Analyze(text);
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], result.Statements.Select(s => s.SpeakerKey));
        Assert.All(result.Statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
        Assert.Equal("We are ready to talk about denuclearization", result.Statements[0].Text);
    }

    [Fact]
    public void Hangul_only_text_links_actors_and_invents_no_statements()
    {
        const string text = "이재명 대통령은 트럼프 대통령과 한반도 비핵화 문제를 논의했다. 김정은 위원장은 회담에 응하지 않았다.";
        var result = ArticleAnalyzer.Analyze(new ArticleText("한반도", text, null, "ko"), SeedArticles.Catalog);
        var index = DocumentBuilder.ForText(text, SeedArticles.Catalog, null);
        Assert.Equal(["kp-kim-jong-un", "kr-lee-jae-myung", "us-donald-trump"], index.Mentions.Select(m => m.Actor!.Key).Order());
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void All_caps_text_attributes_only_to_named_speakers()
    {
        const string text = "NORTH KOREAN LEADER KIM JONG UN SAID ON FRIDAY THAT PYONGYANG WOULD EXPAND ITS NUCLEAR ARSENAL. OFFICIALS SAID THE SUMMIT WAS OFF. HE ADDED THAT TALKS WERE POINTLESS.";
        var result = Analyze(text);
        AssertWellFormed(text, result);
        Assert.All(result.Statements, s => Assert.Equal("kp-kim-jong-un", s.SpeakerKey));
        Assert.Contains(result.Statements, s => s.Text.Contains("EXPAND ITS NUCLEAR ARSENAL", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Statements, s => s.Text.Contains("SUMMIT WAS OFF", StringComparison.Ordinal));
    }
}
