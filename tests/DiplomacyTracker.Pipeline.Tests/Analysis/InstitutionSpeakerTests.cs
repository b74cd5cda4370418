using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Institutions written other than by their catalog spelling: resolved when one entry fits, else nobody.</summary>
public sealed class InstitutionSpeakerTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.FromEmbeddedReference();

    private static IReadOnlyList<FoundStatement> Statements(string text, int year = 2023, int month = 7, int day = 12) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea fires missile", text, FuzzyDate.FromDay(new DateOnly(year, month, day), FuzzyDate.Seoul), "en"), Catalog, true).Statements;

    private static string? SpeakerOf(IReadOnlyList<FoundStatement> statements, string words) =>
        statements.SingleOrDefault(s => s.Text.Contains(words, StringComparison.Ordinal))?.SpeakerKey;

    [Fact]
    public void An_acronym_of_one_catalog_institution_is_that_institution()
    {
        var s = Statements("SEOUL, July 12 (Yonhap) -- North Korea fired a missile on Wednesday. The JCS said the missile flew about 1,000 kilometers before splashing down.");
        Assert.Equal("kr-joint-chiefs-of-staff", SpeakerOf(s, "flew about 1,000 kilometers"));
    }

    [Fact]
    public void An_acronym_the_article_defines_after_a_named_institution_is_that_institution()
    {
        var s = Statements("North Korea fired a missile, South Korea's Joint Chiefs of Staff (JCS) said. Later the JCS said the military had stepped up surveillance with the United States.");
        Assert.Equal("kr-joint-chiefs-of-staff", SpeakerOf(s, "stepped up surveillance"));
    }

    [Theory]
    [InlineData("Seoul's foreign ministry said the launch violated U.N. Security Council resolutions.", "kr-foreign-ministry")]
    [InlineData("Pyongyang's foreign ministry said the drills were a rehearsal for invasion of the North.", "kp-foreign-ministry")]
    [InlineData("The South Korean unification ministry said the North had not responded to its proposal.", "kr-unification-ministry")]
    [InlineData("The unification ministry said the North had not responded to its proposal for talks.", "kr-unification-ministry")]
    [InlineData("Seoul's defense ministry said the exercise was defensive and would proceed as planned.", "kr-defense-ministry")]
    public void A_country_and_a_head_or_a_unique_head_name_the_institution(string sentence, string key)
    {
        var statement = Assert.Single(Statements(sentence));
        Assert.Equal(key, statement.SpeakerKey);
    }

    [Fact]
    public void A_bare_foreign_ministry_is_the_dateline_countrys_unless_another_was_named_before()
    {
        const string Words = "the launch was a grave provocation against peace in the region";
        Assert.Equal("kr-foreign-ministry", SpeakerOf(Statements($"SEOUL, July 12 (Yonhap) -- The foreign ministry said {Words}."), Words));
        Assert.Equal("cn-foreign-ministry", SpeakerOf(Statements($"BEIJING (AP) -- The foreign ministry said {Words}."), Words));
        Assert.Equal("kp-foreign-ministry", SpeakerOf(Statements(
            $"SEOUL, July 12 (Yonhap) -- North Korea's foreign ministry denounced the drills on Monday. Later, the foreign ministry said {Words}."), Words));
        Assert.Empty(Statements($"The foreign ministry said {Words}.")); // no dateline, none named: four foreign ministries fit
    }

    [Fact]
    public void A_presidents_office_is_the_presidential_office_of_the_president_on_that_day()
    {
        var s = Statements("President Lee Jae Myung and Donald Trump agreed to meet at an early date. Lee's office said the two leaders had a friendly first phone call.", 2025, 6, 7);
        Assert.Equal("kr-presidential-office", SpeakerOf(s, "friendly first phone call"));
        var before = Statements("Lee Jae Myung's office said the party would hold its convention in August in Seoul.", 2023, 6, 7);
        Assert.Null(SpeakerOf(before, "convention in August")); // Lee was not president in 2023
    }

    [Theory]
    [InlineData("Officials said the missile flew about 1,000 kilometers before splashing down.")]
    [InlineData("Foreign ministry officials said the missile flew about 1,000 kilometers before splashing down.")]
    [InlineData("A foreign ministry official said the missile flew about 1,000 kilometers before splashing down.")]
    [InlineData("Officials at the unification ministry said the missile flew about 1,000 kilometers before splashing down.")]
    public void Unnamed_officials_stay_unattributed(string sentence) =>
        Assert.Empty(Statements("SEOUL, July 12 (Yonhap) -- " + sentence));
}
