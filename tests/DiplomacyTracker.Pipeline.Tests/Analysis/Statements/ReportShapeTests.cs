using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// Report shapes from real articles (STATECRAFT, Chicago Sun-Times, Yonhap, a White House readout): an appositive closing on a
/// parenthesised acronym, quoted pieces joined by "and" inside one clause, "thanked/blamed … for", "underscored" a
/// commitment. Each with the case that must stay silent.
/// </summary>
public sealed class ReportShapeTests
{
    private static IReadOnlyList<FoundStatement> Statements(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true).Statements;

    [Fact]
    public void An_appositive_ending_in_an_acronym_keeps_its_subject_and_quoted_pieces_stay_one_clause()
    {
        var s = Statements("Kim Yo-jong, the sister of Supreme Leader Kim Jong-un, asked Yoon to not \u201Chave an absurd dream.\u201D\n\n"
            + "Kim, who is also the vice department director of the Central Committee of the country\u2019s ruling Workers\u2019 Party of Korea (WPK), noted that "
            + "\u201Cthe most repulsive\u201D and \u201Cabsurd point\u201D of the South Korean president\u2019s speech was when he proposed a \u201Cbold and broad-based plan.\u201D",
            new DateOnly(2022, 8, 19));
        var last = s[^1];
        Assert.Equal("Kim Yo-jong", last.SpeakerName);
        Assert.StartsWith("\u201Cthe most repulsive\u201D and \u201Cabsurd point\u201D of the South Korean president", last.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trump blamed open hostility from North Korea for his decision, and warned Pyongyang against committing any reckless acts.", 2018, 5, 24, "Donald Trump")]
    [InlineData("President Yoon Suk-yeol thanked Xi for calling him to congratulate him on his election in March.", 2022, 11, 15, "Yoon Suk Yeol")]
    [InlineData("President Biden underscored the United States\u2019 unshakable commitment to the defense of both Japan and the ROK.", 2022, 6, 29, "Joe Biden")]
    public void Thanks_blame_and_an_underscored_commitment_are_statements(string text, int y, int m, int d, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Statements(text, new DateOnly(y, m, d))).SpeakerName);

    [Fact]
    public void Thanking_someone_without_a_reason_says_nothing() =>
        Assert.Empty(Statements("President Yoon Suk-yeol thanked Xi warmly at the start of the meeting.", new DateOnly(2022, 11, 15)));
}
