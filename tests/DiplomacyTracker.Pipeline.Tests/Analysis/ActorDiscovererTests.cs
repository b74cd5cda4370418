using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Officials the catalog lacks: a catalog of only Lee, Trump and Kim Jong-un, as the starter reference.</summary>
public sealed class ActorDiscovererTests
{
    private static readonly ActorCatalog Small = new(SeedArticles.Catalog.Actors.Where(a => a.Key is "kr-lee-jae-myung" or "us-donald-trump" or "kp-kim-jong-un"));

    private static AnalysisResult Analyze(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("t", text, FuzzyDate.FromDay(new DateOnly(2025, 8, 31), FuzzyDate.Seoul), "en"), Small);

    [Fact]
    public void Title_before_a_full_name_discovers_the_official_with_role_and_country()
    {
        var result = Analyze("Unification Minister Chung Dong-young argued that North Korea would not attend the talks.");
        var actor = Assert.Single(result.Actors, a => a.Discovered);
        Assert.Equal(("discovered:chung-dong-young", "Chung Dong-young", "Unification Minister", "KR"), (actor.Key, actor.Name, actor.Role, actor.Country));
        Assert.Equal("discovered:chung-dong-young", Assert.Single(result.Statements).SpeakerKey);
    }

    [Fact]
    public void Appositives_discover_roles_and_relations()
    {
        var result = Analyze("Wi Sung-lac, the national security adviser, said the summit went well. Kim Yo-jong, sister of Kim Jong-un, rejected the idea of talks. She said Washington could not be trusted.");
        var wi = Assert.Single(result.Actors, a => a.Key == "discovered:wi-sung-lac");
        Assert.Equal(("national security adviser", "KR"), (wi.Role, wi.Country));
        var kim = Assert.Single(result.Actors, a => a.Key == "discovered:kim-yo-jong");
        Assert.Equal(("sister of Kim Jong-un", "KP"), (kim.Role, kim.Country));
        // "rejected the idea of talks" is what she rejected, not what she said (issue 15); "She said …" is hers.
        Assert.Equal(["discovered:wi-sung-lac", "discovered:kim-yo-jong"], result.Statements.Select(s => s.SpeakerKey));
        Assert.DoesNotContain(result.Statements, s => s.Text.Contains("the idea of talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Headlines_in_title_case_and_single_names_discover_nobody()
    {
        var result = Analyze("Foreign Minister Meets Counterpart Ahead Of Summit In Tokyo\nAmbassador Kang said the talks on North Korea went well.");
        Assert.DoesNotContain(result.Actors, a => a.Discovered);
        Assert.Empty(result.Statements);
    }
}
