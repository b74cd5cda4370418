using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// The statement-side wrong facts of issue 15, each rebuilt from the sentences quoted there (and the real articles of the
/// corpus where they occur): none may come back.
/// </summary>
public sealed class StatementWrongFactTests
{
    private static AnalysisResult Analyze(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea summit", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true);

    [Fact]
    public void A_missing_space_after_a_full_stop_no_longer_throws_and_the_article_keeps_its_statements()
    {
        const string text = "Some officials have argued for completion in six months, but that may be an opening position.Mr. Bolton has occasionally cited the example of Libya.\n\n"
            + "\u201CWe will see what happens,\u201D President Trump said on Thursday.";
        var result = Analyze(text, new DateOnly(2018, 5, 18));
        Assert.Empty(result.Failures);
        var s = Assert.Single(result.Statements);
        Assert.Equal(("Donald Trump", "We will see what happens"), (s.SpeakerName, s.Text));
    }
    [Fact]
    public void Words_someone_relays_belong_to_the_one_who_said_them()
    {
        // Issue 15: Kim Jong-un's words were given to Moon.
        var s = Assert.Single(Analyze("President Moon Jae-in said Kim Jong-un told him that he was willing to give up his nuclear weapons if the United States guaranteed his regime's security.", new DateOnly(2018, 5, 27)).Statements);
        Assert.Equal(("Kim Jong-un", "english.relayed/name"), (s.SpeakerName, s.Sieve));
        Assert.StartsWith("he was willing to give up", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_and_when_a_remark_was_made_are_not_its_words()
    {
        // Issue 15: "in Lee's presence" and "after the meeting, without providing more details" were shown as Trump's words.
        var result = Analyze("President Donald Trump said in Lee's presence that the two countries would soon reach a trade deal.\n\n"
            + "\u201CWe had a great meeting,\u201D Trump told reporters after the meeting, without providing more details.\n\n"
            + "Trump told reporters after the meeting, without providing more details.", new DateOnly(2025, 8, 26));
        Assert.Equal(["the two countries would soon reach a trade deal", "We had a great meeting"], result.Statements.Select(s => s.Text));
        Assert.All(result.Statements, s => Assert.Equal("Donald Trump", s.SpeakerName));
    }

    [Fact]
    public void A_wire_slug_headline_and_byline_before_the_dateline_are_not_the_story()
    {
        // Issue 15: a Yonhap slug, headline and byline were shown as Wi Sung-lac's statement.
        var s = Assert.Single(Analyze("(LEAD) Wi says Seoul, Washington close to tariff deal By Kim Soo-yeon SEOUL, Aug. 1 (Yonhap) -- National security adviser Wi Sung-lac said Friday that Seoul and Washington were close to a deal on tariffs.", new DateOnly(2025, 8, 1)).Statements);
        Assert.Equal(("Wi Sung-lac", "Seoul and Washington were close to a deal on tariffs"), (s.SpeakerName, s.Text));
    }

    [Fact]
    public void A_photo_caption_run_into_a_quote_is_left_out_of_the_words()
    {
        // Issue 15: photo credits (and their captions) inside quotes.
        var s = Assert.Single(Analyze("\u201CThe door to dialogue with the North remains open at any time. President Lee Jae-myung speaks at a Cabinet meeting in Seoul on Tuesday. [YONHAP] We will wait for Pyongyang to respond,\u201D Lee said.", new DateOnly(2025, 8, 26)).Statements);
        Assert.DoesNotContain("YONHAP", s.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet meeting", s.Text, StringComparison.Ordinal);
        Assert.StartsWith("The door to dialogue", s.Text, StringComparison.Ordinal);
        Assert.EndsWith("We will wait for Pyongyang to respond", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commander_outside_the_catalog_is_a_speaker_with_his_quotes()
    {
        // Issue 15: 0 of 8 quotes by the USFK commander.
        var result = Analyze("Gen. Xavier Brunson, commander of U.S. Forces Korea, said the alliance must adapt to new threats from North Korea.\n\n"
            + "\u201CWe have to be ready to fight tonight,\u201D Brunson told reporters at Camp Humphreys. \u201CThat is our mission.\u201D", new DateOnly(2025, 8, 26));
        Assert.Equal(3, result.Statements.Count);
        Assert.All(result.Statements, s => Assert.Equal("Xavier Brunson", s.SpeakerName));
        Assert.Equal("commander of U.S. Forces Korea", Assert.Single(result.Actors, a => a.Name == "Xavier Brunson").Role);
    }

    [Fact]
    public void Defence_ministers_named_with_their_titles_speak_and_are_followed_by_surname_and_pronoun()
    {
        // Issue 15: 0 of 11 in a Japan-South Korea defence article.
        var result = Analyze("Japanese Defense Minister Gen Nakatani and his South Korean counterpart Ahn Gyu-back met in Seoul on Sunday.\n\n"
            + "Nakatani said Tokyo and Seoul would expand defense exchanges. \u201COur cooperation is essential for regional security,\u201D he said.\n\n"
            + "Ahn said the two countries agreed to hold regular talks.", new DateOnly(2025, 9, 29));
        Assert.Equal(["Gen Nakatani", "Gen Nakatani", "Ahn Gyu-back"], result.Statements.Select(s => s.SpeakerName));
    }

    [Fact]
    public void An_analyst_named_after_the_quote_with_his_affiliation_speaks()
    {
        // Issue 15: none of "\u2026," said Shin Jong-woo, a senior analyst at \u2026
        var result = Analyze("North Korea fired a short-range ballistic missile into the East Sea on Wednesday.\n\n"
            + "\u201CThe launch is a message to Washington ahead of the summit,\u201D said Shin Jong-woo, a senior analyst at the Korea Defense and Security Forum.", new DateOnly(2025, 10, 22));
        var s = Assert.Single(result.Statements);
        Assert.Equal(("Shin Jong-woo", "The launch is a message to Washington ahead of the summit"), (s.SpeakerName, s.Text));
        Assert.Equal("a senior analyst at the Korea Defense and Security Forum", Assert.Single(result.Actors, a => a.Name == "Shin Jong-woo").Role);
    }

    [Fact]
    public void A_plan_for_later_this_month_never_dates_the_remark()
    {
        // Issue 15: "later this month" was shown as an exact day.
        var s = Assert.Single(Analyze("The two leaders will hold a summit later this month, presidential spokesperson Kang Yu-jung said.", new DateOnly(2025, 8, 1)).Statements);
        Assert.Equal(("Kang Yu-jung", "2025-08-01", DatePrecision.Day), (s.SpeakerName, s.SaidOn?.ToIsoString(), s.SaidOn?.Precision));
    }

    [Fact]
    public void A_month_and_day_of_the_statement_take_the_year_just_past_not_an_earlier_one()
    {
        // Issue 15: a July 2024 statement was filed under August 2023.
        var s = Assert.Single(Analyze("Kim Yo-jong said in a statement on July 28 that Pyongyang had no interest in talks with Seoul.", new DateOnly(2024, 8, 1)).Statements);
        Assert.Equal("2024-07-28", s.SaidOn?.ToIsoString());
    }
}
