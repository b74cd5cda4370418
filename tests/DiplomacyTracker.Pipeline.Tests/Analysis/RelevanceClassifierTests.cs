using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class RelevanceClassifierTests
{
    private static RelevanceDecision Judge(string title, string text) =>
        ArticleAnalyzer.Analyze(new ArticleText(title, text, FuzzyDate.FromDay(new DateOnly(2025, 10, 18), FuzzyDate.Seoul), "en"), SeedArticles.Catalog).Relevance;

    [Theory]
    [InlineData("Bullying in Baseball Shakes Koshien", "Bullying in baseball has cast a shadow over Japan's high school tournament. The coach of a Korean school team resigned after the league opened an inquiry.")]
    [InlineData("Proxy Prescription Controversy Hits PSY", "PSY, the famous South Korean singer, is under scrutiny after police said a proxy prescription was issued. His concert tour album sales rose.")]
    [InlineData("Samsung shares rise", "Samsung Electronics shares rose 3 percent on the KOSPI after quarterly earnings beat forecasts; revenue from chips in Korea hit a record.")]
    [InlineData("Seoul mountaineer dies", "A South Korean mountaineer died during a descent on the Matterhorn, police in Switzerland said.")]
    public void Sports_culture_business_and_crime_news_about_Korea_is_not_relevant(string title, string text) =>
        Assert.False(Judge(title, text).IsRelevant);

    [Theory]
    [InlineData("Pyongyang rejects offer", "North Korea's foreign ministry rejected Seoul's offer of talks on Friday, the state media said.")]
    [InlineData("Allies discuss sanctions", "The foreign ministers of South Korea and Japan discussed sanctions and the nuclear issue on the Korean Peninsula.")]
    [InlineData("Trump to visit Seoul", "Donald Trump will travel to Seoul next week.")]
    public void Korea_diplomacy_is_relevant_even_without_many_cues(string title, string text)
    {
        var decision = Judge(title, text);
        Assert.True(decision.IsRelevant, string.Join("; ", decision.Reasons));
        Assert.InRange(decision.Score, RelevanceClassifier.Threshold, 1.0);
    }

    [Fact]
    public void A_decision_near_the_threshold_is_marked_borderline_and_explains_itself()
    {
        var decision = Judge("Seoul", "Seoul hosted an alliance forum on trade.");
        Assert.True(decision.Borderline);
        Assert.NotEmpty(decision.Reasons);
        Assert.False(Judge("Weather", "Rain is expected in Busan.").Borderline && Judge("Weather", "Rain is expected in Busan.").IsRelevant);
    }

    // An EFE report on Brexit (a page of trafilatura's benchmark): known leaders and diplomacy words, but no Korea at all.
    [Theory]
    [InlineData("Uncertain future for Britain's essential workers after Brexit", "Prime Minister Boris Johnson said the new points-based immigration system would end free movement. The talks with Brussels on a trade treaty resume next week, and foreign ministers of the bloc are due in London. \"It will slow the growth of Britain,\" Ian Goldin, professor of globalisation at Oxford University, tells Efe.")]
    [InlineData("Trump and Xi meet in Osaka", "Donald Trump and Xi Jinping held a summit in Osaka on the sidelines of the G20 and agreed to resume trade talks, the White House said.")]
    public void Diplomacy_that_never_names_Korea_is_not_relevant_but_stays_borderline_for_an_editor(string title, string text)
    {
        var decision = Judge(title, text);
        Assert.False(decision.IsRelevant, string.Join("; ", decision.Reasons));
        Assert.True(decision.Borderline);
        Assert.Contains("no Korea cue: not about Korea", decision.Reasons);
    }

    [Theory]
    [InlineData("Envoys meet", "Kim Yo Jong rejected the offer of talks and said the dialogue was over.")]
    [InlineData("Summit in Beijing", "Xi Jinping and Lee Jae-myung agreed on closer ties at their summit in Beijing, the two sides said.")]
    public void Someone_of_the_two_Koreas_anchors_an_article_that_does_not_write_Korea(string title, string text) =>
        Assert.True(Judge(title, text).IsRelevant);
}
