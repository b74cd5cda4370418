using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// Joint statements of readouts and summit reports (sentences from White House readouts and Japanese reports): "Both
/// leaders", "the two leaders", a named pair and a following "They" speak for every leader; the statement's speaker is the
/// first and the others are its co-speakers. Topics ("discussed"), "the two sides" and an unclear count stay silent.
/// </summary>
public sealed class JointStatementTests
{
    private static AnalysisResult Analyze(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("Readout of the President's meeting", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true);

    private const string Readout =
        "President Joseph R. Biden, Jr. met today with President Yoon Suk Yeol of the Republic of Korea (ROK) in Seoul. "
        + "Both Leaders reaffirmed their commitment to strengthen the U.S.-ROK alliance. "
        + "The Presidents also discussed their shared belief in constitutional democracy. "
        + "They committed to further strengthen deterrence and ensure close cooperation to address the threat posed by the DPRK.";

    [Fact]
    public void Both_leaders_speak_for_the_two_leaders_named_before()
    {
        var s = Analyze(Readout, new DateOnly(2022, 5, 21)).Statements;
        Assert.Equal(2, s.Count);
        Assert.Equal("Joe Biden", s[0].SpeakerName);
        Assert.Equal(["Yoon Suk Yeol"], s[0].CoSpeakers);
        Assert.Equal("Both Leaders reaffirmed their commitment to strengthen the U.S.-ROK alliance", s[0].Text);
        Assert.Equal("english.joint/group", s[0].Sieve);
    }

    [Fact]
    public void They_right_after_a_joint_statement_continues_it_but_a_topic_verb_is_no_statement()
    {
        var s = Analyze(Readout, new DateOnly(2022, 5, 21)).Statements;
        Assert.DoesNotContain(s, x => x.Text.Contains("discussed", StringComparison.Ordinal));
        Assert.Equal("english.joint/they", s[1].Sieve);
        Assert.Equal(["Yoon Suk Yeol"], s[1].CoSpeakers);
    }

    [Fact]
    public void A_named_pair_speaks_together()
    {
        var s = Assert.Single(Analyze("Prime Minister Fumio Kishida held a summit with South Korean President Yoon Suk Yeol in Tokyo on Thursday. "
            + "Kishida and Yoon confirmed the resumption of periodic visits to each other's country.", new DateOnly(2023, 3, 16)).Statements);
        Assert.Equal("Fumio Kishida", s.SpeakerName);
        Assert.Equal(["Yoon Suk Yeol"], s.CoSpeakers);
    }

    [Fact]
    public void The_three_leaders_need_three_leaders_named_together()
    {
        var text = "Barack Obama met South Korean President Park Geun-hye and Japanese Prime Minister Shinzo Abe on Thursday. "
            + "Meeting on the sidelines of a global nuclear security summit in Washington, the three leaders recommitted their countries to each other's defense.";
        var s = Assert.Single(Analyze(text, new DateOnly(2016, 3, 31)).Statements);
        Assert.Equal(["Park Geun-hye", "Shinzo Abe"], s.CoSpeakers);
        Assert.Empty(Analyze(text.Replace("the three leaders", "the two leaders", StringComparison.Ordinal), new DateOnly(2016, 3, 31)).Statements);
    }

    [Fact]
    public void The_two_sides_are_not_speakers()
    {
        Assert.Empty(Analyze("President Joseph R. Biden, Jr. met today with President Yoon Suk Yeol in Seoul. "
            + "The two sides reaffirmed their commitment to the alliance.", new DateOnly(2022, 5, 21)).Statements);
    }

    [Fact]
    public void A_joint_sentence_reported_by_someone_else_is_theirs_not_the_leaders()
    {
        var s = Analyze("Prime Minister Fumio Kishida met President Yoon Suk Yeol in Seoul on Friday. "
            + "The two leaders agreed on a framework to help citizens leave third countries in emergencies, the presidential office said.", new DateOnly(2024, 9, 6)).Statements;
        Assert.DoesNotContain(s, x => x.Sieve.StartsWith("english.joint", StringComparison.Ordinal));
    }
}
