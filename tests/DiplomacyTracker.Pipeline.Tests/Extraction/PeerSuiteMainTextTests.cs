using DiplomacyTracker.Evaluation.Peers;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>A slice of trafilatura's main-text benchmark, run with its protocol (HTML only, no URL, white space
/// collapsed, substring tests): the slice must keep its F1, each page a rule was written for must keep the article
/// strings the rule brought in, and each piece of boilerplate a rule took out must stay out.</summary>
public class PeerSuiteMainTextTests
{
    /// <summary>The slice scored F1 ≈ 0.94 when the rules were written.</summary>
    private const double F1Floor = 0.91;

    public static TheoryData<string, string> FixedPages => new()
    {
        { "Lebensmittelpraxis.de-Stadtzentrum.html", "a 50-character span named 'item__content' no longer beats the article" },
        { "fogsmagazin.com.outdoor.html", "an article inside 'elementor-widget' wrappers" },
        { "gruene-bundestag.de-COP26.html", "an article inside a 'sharingContainer'" },
        { "nh24.de-Bundeswehr.html", "an article inside 'theiaStickySidebar'" },
        { "parcoabruzzo.it.58354.html", "an article inside <noscript>" },
        { "phillyvoice.com-Sixers.html", "an article inside id='read_more'" },
        { "psl.eu.luniversite.html", "Drupal's 'field--label-hidden' is not hidden" },
        { "topagrar.com.schnee.solat.html", "the lede in the article's own <header> before a paywall" },
        { "nhk.or.jp.k100.html", "ruby readings (furigana) are left out of the text" },
        { "homify.de-Tischdecke.html", "a page built in the browser: the article from its JSON-LD how-to (description and steps)" },
        { "focus.de.leasen.html", "the standfirst between the headline and the body" },
        { "zdh.de-foerderungsstopp.html", "a press release inside a sharing container" },
    };

    public static TheoryData<string, string, string> RemovedBoilerplate => new()
    {
        { "haitiantimes.com-family.html", "To view the full story, please subscribe", "a subscription prompt in the article's place" },
        { "toralin.de.schmierfett.html", "Sie könnten auch an folgenden Artikeln interessiert sein", "German 'you might also like' heading" },
        { "toralin.de.schmierfett.html", "Wie bewerten Sie diesen Artikel?", "a rating form's heading, marked required with ' *'" },
    };

    [Theory]
    [MemberData(nameof(FixedPages))]
    public void A_page_a_rule_was_written_for_keeps_its_text(string file, string why)
    {
        var (_, with, without) = PeerSuiteData.MainText().Single(p => p.File == file);
        var result = MainTextScorer.Score(new MainTextCase(file, with, without), PeerSuiteData.Page(PeerSuiteData.TrafilaturaDir, file));
        Assert.True(result.Found, $"{file} ({why}): no article found");
        Assert.True(result.Missed.Count * 4 <= with.Length, $"{file} ({why}): missed {string.Join(" | ", result.Missed)}");
    }

    [Theory]
    [MemberData(nameof(RemovedBoilerplate))]
    public void Boilerplate_a_rule_was_written_for_stays_out(string file, string boilerplate, string why)
    {
        var (_, with, without) = PeerSuiteData.MainText().Single(p => p.File == file);
        var result = MainTextScorer.Score(new MainTextCase(file, with, without), PeerSuiteData.Page(PeerSuiteData.TrafilaturaDir, file));
        Assert.True(result.Found, $"{file} ({why}): no article found");
        Assert.Contains(without, w => w.Contains(boilerplate, StringComparison.Ordinal)); // the suite marks it as boilerplate
        Assert.DoesNotContain(result.Leaked, l => l.Contains(boilerplate, StringComparison.Ordinal));
        Assert.True(result.Missed.Count * 4 <= with.Length, $"{file} ({why}): the article went with it: missed {string.Join(" | ", result.Missed)}");
    }

    [Fact]
    public void The_slice_keeps_its_F1()
    {
        var results = PeerSuiteData.MainText()
            .Select(p => MainTextScorer.Score(new MainTextCase(p.File, p.With, p.Without), PeerSuiteData.Page(PeerSuiteData.TrafilaturaDir, p.File)))
            .ToList();
        var figures = MainTextFigures.Of(results);
        Assert.True(figures.F1 >= F1Floor, figures.ToString());
        Assert.Equal(0, figures.NoArticle);
    }
}
