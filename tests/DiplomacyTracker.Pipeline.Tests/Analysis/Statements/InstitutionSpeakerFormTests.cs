using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// Forms in which institutions speak in real wire copy (Reuters, Yonhap, Daily Mail, CNN, Korea JoongAng Daily): a dotted
/// acronym ("The U.N. experts said"), a time phrase or an agency's description before the subject, "according to" after a
/// quote's comma or before an acronym in parentheses, "his office said", a command that "issued a statement" and then "the
/// command said". Each with the case that must stay silent.
/// </summary>
public sealed class InstitutionSpeakerFormTests
{
    private static IReadOnlyList<FoundStatement> Statements(string text, DateOnly published, ActorCatalog? catalog = null) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), catalog ?? RealCorpus.Reference, true).Statements;

    [Fact]
    public void A_dotted_acronym_matches_a_spelling_kept_without_dots()
    {
        // The store keeps one spelling per normal form: "UN Security Council" stands for "U.N. Security Council" too.
        var catalog = new ActorCatalog([new CatalogActor("un-security-council", null, "UN Security Council", ActorKind.Institution, "UN", null, [], [])]);
        var s = Assert.Single(Statements("The U.N. Security Council said North Korea is violating sanctions.", new DateOnly(2020, 9, 30), catalog));
        Assert.Equal("UN Security Council", s.SpeakerName);
    }

    [Fact]
    public void A_time_phrase_before_the_subject_is_no_other_clause()
    {
        var s = Assert.Single(Statements("Last year the U.N. experts said North Korea has generated an estimated $2billion using widespread cyberattacks.", new DateOnly(2020, 9, 30)));
        Assert.Equal("UN Panel of Experts", s.SpeakerName);
    }

    [Fact]
    public void An_agencys_description_before_its_name_is_its_title()
    {
        var s = Assert.Single(Statements("The official North Korean news agency KCNA said on Monday the proposed sanctions were \"a wanton infringement on (North Korea's) sovereignty.\"", new DateOnly(2016, 3, 2)));
        Assert.Equal("Korean Central News Agency", s.SpeakerName);
    }

    [Fact]
    public void According_to_reads_past_a_quotes_comma_and_before_an_acronym()
    {
        var s = Assert.Single(Statements("The missile launching drills took place Sunday in the Yellow Sea, demonstrating \"the absolute reliability of the North's strategic counterattack capability,\" according to the Korean Central News Agency (KCNA).", new DateOnly(2025, 12, 29)));
        Assert.Equal("Korean Central News Agency", s.SpeakerName);
        Assert.StartsWith("The missile launching drills took place Sunday", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void His_office_is_the_presidential_office_of_the_president_opening_the_sentence()
    {
        var s = Assert.Single(Statements("SEOUL (REUTERS) - South Korean President Moon Jae-in has decided not to visit Japan for the Tokyo Olympics, his office said on Monday (July 19).", new DateOnly(2021, 7, 19)));
        Assert.Equal(("Office of the President of South Korea", "South Korean President Moon Jae-in has decided not to visit Japan for the Tokyo Olympics"), (s.SpeakerName, s.Text));
        Assert.Empty(Statements("Chinese President Xi Jinping will visit Seoul next year, his office said.", new DateOnly(2020, 5, 14)));
    }

    [Fact]
    public void A_command_that_issued_a_statement_is_the_command_that_said()
    {
        var s = Statements("The Indo-Pacific Command issued a statement after Pyongyang lobbed multiple ballistic missiles toward the East Sea on Sunday morning. "
            + "\"We are aware of the missile launches and are consulting closely with our allies and partners,\" the command said. "
            + "\"The United States remains committed to the defense of the U.S. homeland and our allies in the region,\" it added.", new DateOnly(2026, 1, 4));
        Assert.Equal(["Indo-Pacific Command", "Indo-Pacific Command"], s.Select(x => x.SpeakerName));
        Assert.Empty(Statements("A U.S. military command said Saturday it is aware of North Korea's missile launches this week.", new DateOnly(2026, 1, 4)));
    }

    [Fact]
    public void As_opening_a_clause_leaves_its_subject_the_speaker()
    {
        var s = Assert.Single(Statements("Trump is expected to visit South Korea from Oct. 29 to 30, as the White House has said that Trump remains open to talking with Kim \"without any preconditions.\"", new DateOnly(2025, 10, 22)));
        Assert.Equal("White House", s.SpeakerName);
    }
}
