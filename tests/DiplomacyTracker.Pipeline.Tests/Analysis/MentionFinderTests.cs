using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

public sealed class MentionFinderTests
{
    private static readonly DateOnly Day2025 = new(2025, 10, 18);

    private static List<(string Surface, string[] Keys)> Find(string text, DateOnly? day = null)
    {
        var index = DocumentBuilder.ForText(text, SeedArticles.Catalog, day ?? Day2025);
        return index.Mentions.Select(m => (text[m.Start..m.End], m.Candidates.Select(c => c.Key).ToArray())).ToList();
    }

    [Fact]
    public void Catalog_names_match_in_any_case_and_hyphenation()
    {
        var found = Find("South Korean President lee Jae-myung met Kim jong-un. LEE JAE MYUNG spoke.");
        Assert.Contains(found, f => f.Surface == "lee Jae-myung" && f.Keys.SequenceEqual(["kr-lee-jae-myung"]));
        Assert.Contains(found, f => f.Surface == "Kim jong-un" && f.Keys.SequenceEqual(["kp-kim-jong-un"]));
        Assert.Contains(found, f => f.Surface == "LEE JAE MYUNG" && f.Keys.SequenceEqual(["kr-lee-jae-myung"]));
    }

    [Fact]
    public void Hangul_names_match_with_particles_attached()
    {
        var found = Find("이재명 대통령은 트럼프 대통령과 김정은 위원장에 대해 논의했다.");
        Assert.Contains(found, f => f.Surface == "이재명" && f.Keys.SequenceEqual(["kr-lee-jae-myung"]));
        Assert.Contains(found, f => f.Surface == "트럼프" && f.Keys.SequenceEqual(["us-donald-trump"]));
        Assert.Contains(found, f => f.Surface == "김정은" && f.Keys.SequenceEqual(["kp-kim-jong-un"]));
    }

    [Fact]
    public void Title_and_surname_resolve_by_the_role_held_on_the_article_date()
    {
        Assert.Contains(Find("President Lee spoke.", new DateOnly(2010, 5, 20)), f => f.Keys.SequenceEqual(["kr-lee-myung-bak"]));
        Assert.Contains(Find("President Lee spoke.", new DateOnly(2025, 10, 18)), f => f.Keys.SequenceEqual(["kr-lee-jae-myung"]));
    }

    [Fact]
    public void A_bare_surname_shared_by_two_named_people_keeps_both_candidates()
    {
        var found = Find("Kim Jong-un and Kim Yo-jong arrived. Kim waved.");
        var bare = Assert.Single(found, f => f.Surface == "Kim");
        Assert.Equal(["kp-kim-jong-un", "kp-kim-yo-jong"], bare.Keys.Order());
    }

    [Fact]
    public void A_surname_inside_another_full_name_is_not_that_actor()
    {
        var found = Find("Donald Trump arrived. Melania Trump waved, and Kim Hye Sook smiled.");
        Assert.Equal(["Donald Trump"], found.Where(f => f.Keys.Contains("us-donald-trump")).Select(f => f.Surface));
        Assert.DoesNotContain(found, f => f.Surface == "Kim");
    }

    [Fact]
    public void A_name_modifying_a_noun_is_not_a_subject()
    {
        var index = DocumentBuilder.ForText("The Trump administration said Trump's envoy would go.", SeedArticles.Catalog, Day2025);
        Assert.All(index.Mentions, m => Assert.True(m.NotSubject));
    }

    [Fact]
    public void Chairman_Kim_resolves_to_the_one_Kim_who_chairs_something()
    {
        var found = Find("Kim Jong-un and Kim Yo-jong arrived. Chairman Kim waved.");
        Assert.Contains(found, f => f.Surface == "Kim" && f.Keys.SequenceEqual(["kp-kim-jong-un"]));
    }
}
