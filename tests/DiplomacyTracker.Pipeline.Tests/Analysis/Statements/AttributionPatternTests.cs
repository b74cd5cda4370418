using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// General patterns of English news attribution (not phrases of one article): a sentence crowded with names is no
/// headline, an appositive after "according to X", an acronym in parentheses before the verb, "reminded … that", a
/// hyphenated surname, a scrape's apostrophe written as a straight quote. Each with a case that must stay silent.
/// </summary>
public sealed class AttributionPatternTests
{
    private static AnalysisResult Analyze(string text, DateOnly? published = null) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea talks", text, FuzzyDate.FromDay(published ?? new DateOnly(2025, 12, 3), FuzzyDate.Seoul), null), RealCorpus.Reference, true);

    [Theory]
    [InlineData("Victor Cha, a Korea expert at the Center for Strategic and International Studies, said Pyongyang was testing Washington.", "Victor Cha")]
    [InlineData("Robert Kelly, a professor at the Center for Strategic Studies, said Pyongyang was testing Washington.", "Robert Kelly")]
    public void A_sentence_crowded_with_capitalised_names_is_not_a_headline(string text, string speaker)
    {
        var s = Assert.Single(Analyze(text).Statements);
        Assert.Equal((speaker, "Pyongyang was testing Washington"), (s.SpeakerName, s.Text));
    }

    [Fact]
    public void A_headline_in_title_case_still_discovers_nobody()
    {
        var result = Analyze("Victor Cha Says Pyongyang Is Testing Washington With Launches\nThe launches continued on Wednesday.");
        Assert.DoesNotContain(result.Actors, a => a.Discovered);
    }

    [Fact]
    public void According_to_a_person_and_a_description_reads_the_words_after_the_description()
    {
        var result = Analyze("According to Yang Moo-jin, president of the University of North Korean Studies, the North wants Washington's attention before the election.");
        var s = Assert.Single(result.Statements);
        Assert.Equal(("Yang Moo-jin", "the North wants Washington's attention before the election"), (s.SpeakerName, s.Text));
        Assert.Equal("president of the University of North Korean Studies", Assert.Single(result.Actors, a => a.Key == s.SpeakerKey).Role);
    }

    [Fact]
    public void A_clause_after_according_to_is_never_taken_for_a_role()
    {
        var result = Analyze("According to Yang Moo-jin, the North wants Washington's attention before the election.");
        Assert.Equal("the North wants Washington's attention before the election", Assert.Single(result.Statements).Text);
        Assert.NotEqual("the North wants Washington's attention before the election", Assert.Single(result.Actors, a => a.Name == "Yang Moo-jin").Role);
    }

    [Theory]
    [InlineData("The Joint Chiefs of Staff (JCS) said the missiles flew about 600 kilometers before splashing into the sea.", "Joint Chiefs of Staff")]
    [InlineData("North Korea's Korean Central News Agency (KCNA) said the launch was a routine drill.", "Korean Central News Agency")]
    public void An_acronym_in_parentheses_between_the_name_and_the_verb_keeps_the_speaker(string text, string speaker)
    {
        var s = Assert.Single(Analyze(text).Statements);
        Assert.StartsWith(speaker, s.SpeakerName, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminded_with_a_that_clause_reports_speech_and_a_hyphenated_surname_follows_up()
    {
        var result = Analyze("U.S. Ambassador Linda Thomas-Greenfield reminded the council before the vote that members had agreed to tighten sanctions.\n\n"
            + "The six launches are \"a threat to the entire international community,\" Thomas-Greenfield said.", new DateOnly(2022, 5, 26));
        Assert.Equal(2, result.Statements.Count);
        Assert.All(result.Statements, s => Assert.Equal("Linda Thomas-Greenfield", s.SpeakerName));
        Assert.Equal("members had agreed to tighten sanctions", result.Statements[0].Text);
    }

    [Fact]
    public void Reminded_without_a_clause_says_nothing()
    {
        Assert.Empty(Analyze("U.S. Ambassador Linda Thomas-Greenfield reminded the council of its past resolutions.", new DateOnly(2022, 5, 26)).Statements);
    }

    [Fact]
    public void A_straight_quote_between_letters_is_an_apostrophe_and_opens_no_quotation()
    {
        var result = Analyze("It was Kim Jong Un\"s second visit to China since March. \u201CWe have made positive progress,\u201D Xi Jinping said.", new DateOnly(2018, 5, 8));
        var s = Assert.Single(result.Statements);
        Assert.Equal(("Xi Jinping", "We have made positive progress"), (s.SpeakerName, s.Text));
    }
    [Theory]
    [InlineData("The talks with Washington will resume next month, said South Korean Prime Minister Lee Nak Yon.")]
    [InlineData("The talks with Washington will resume next month, said Lee Nak Yon.")]
    public void Said_and_a_name_ending_the_sentence_name_the_speaker_of_the_clause_before(string text)
    {
        var s = Assert.Single(Analyze(text, new DateOnly(2019, 1, 6)).Statements);
        Assert.Equal(("Lee Nak-yon", "The talks with Washington will resume next month"), (s.SpeakerName, s.Text));
    }

    [Fact]
    public void Said_and_a_name_inside_a_longer_clause_is_not_an_inverted_attribution()
    {
        Assert.DoesNotContain(Analyze("The talks with Washington will resume next month, said Lee Nak Yon's office in a text message to reporters.", new DateOnly(2019, 1, 6)).Statements,
            s => s.SpeakerName == "Lee Nak-yon");
    }
    [Fact]
    public void A_participle_after_a_comma_reports_the_words_of_the_clause_subject()
    {
        var result = Analyze("Trump praised Kim, saying the two leaders had a great relationship.\n\n"
            + "He welcomed the move, saying it was a step forward.\n\n"
            + "Trump had sounded cautiously optimistic, saying \"we'll ultimately have a deal,\" but that \"doesn't mean we're doing it in one day.\"", new DateOnly(2019, 2, 28));
        Assert.Equal(["the two leaders had a great relationship", "it was a step forward"], result.Statements.Take(2).Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal(("Donald Trump", "english.participle"), (s.SpeakerName, s.Sieve.Split('/')[0])));
        Assert.Contains("doesn't mean we're doing it in one day", result.Statements[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("North Korea fired a missile into the sea, saying it was a routine test.")]
    [InlineData("Trump met Kim, who had sent him a letter, saying the talks would go on.")]
    [InlineData("Officials said Trump met Kim in Hanoi, saying the talks would go on.")]
    public void A_participle_with_no_clear_named_subject_gives_nobody_anything(string text) =>
        Assert.Empty(Analyze(text, new DateOnly(2019, 2, 28)).Statements);
    [Theory]
    [InlineData("President Lee Jae-myung also \u201Csuggested pursuing a meeting with Kim Jong-un,\u201D presidential spokesperson Kang Yu-jung explained.")]
    [InlineData("President Lee Jae-myung also\"suggested pursuing a meeting with Kim Jong-un,\" presidential spokesperson Kang Yu-jung explained.")]
    public void A_quote_opening_on_a_verb_of_the_name_before_it_is_never_the_relaying_spokespersons(string text) =>
        Assert.DoesNotContain(Analyze(text, new DateOnly(2025, 8, 26)).Statements, s => s.SpeakerName == "Kang Yu-jung");
}
