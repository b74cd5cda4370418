using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// Documents and news outlets as speakers (sentences from a Daily Mail, a CNN, a Reuters and a Newser article): a UN report,
/// an indictment and what "the report" / "the filing" point back to; an outlet's report and "the newspaper"; a statement
/// named for its institution. A report nobody is named for, and a photo caption repeating the body, stay silent.
/// </summary>
public sealed class DocumentSpeakerTests
{
    private static AnalysisResult Analyze(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("North Korea report", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), null), RealCorpus.Reference, true);

    [Fact]
    public void A_UN_report_speaks_and_the_report_points_back_to_it()
    {
        var result = Analyze("North Korea has successfully built miniature nuclear weapons, a new United Nations report has claimed.\n\n"
            + "The report, conducted by monitoring experts appointed by the Security Council, said that the regime has continued to find ways of buying and selling forbidden items.",
            new DateOnly(2020, 9, 30));
        Assert.Equal(2, result.Statements.Count);
        Assert.All(result.Statements, s => Assert.Equal("UN report", s.SpeakerName));
        Assert.Equal("North Korea has successfully built miniature nuclear weapons", result.Statements[0].Text);
        Assert.Equal(ActorKind.Document, Assert.Single(result.Actors, a => a.Name == "UN report").Kind);
    }

    [Fact]
    public void An_indictment_names_itself_and_the_filing_is_the_same_document()
    {
        var s = Analyze("In return, South Korean officials allegedly offered the former analyst around $37,000, according to the indictment.\n\n"
            + "Terry also allegedly received lavish goods and she was paid to write opinion articles, the filing claims.", new DateOnly(2024, 7, 18)).Statements;
        Assert.Equal(["indictment", "indictment"], s.Select(x => x.SpeakerName));
    }

    [Fact]
    public void An_outlets_report_and_the_newspaper_are_the_outlet()
    {
        var s = Analyze("State Department spokesman John Kirby made the comment in response to a Wall Street Journal report that the White House secretly agreed to peace talks.\n\n"
            + "Pyongyang declined the proposal, and its Jan. 6 nuclear test ended the diplomatic plans, the newspaper reported.", new DateOnly(2016, 2, 21)).Statements;
        var last = s[^1];
        Assert.Equal(("The Wall Street Journal", "Pyongyang declined the proposal, and its Jan. 6 nuclear test ended the diplomatic plans"), (last.SpeakerName, last.Text));
        Assert.Equal(ActorKind.Media, ActorKinds.Parse("media"));
    }

    [Fact]
    public void A_statement_named_for_an_institution_is_the_institution()
    {
        var s = Assert.Single(Analyze("The Blue House statement says Kim Jong Un could still visit Seoul early next year.", new DateOnly(2018, 12, 13)).Statements);
        Assert.Equal(("Office of the President of South Korea", "Kim Jong Un could still visit Seoul early next year"), (s.SpeakerName, s.Text));
    }

    [Theory]
    [InlineData("North Korea is running out of fuel, a report said.")]
    [InlineData("The report said North Korea is running out of fuel.")]
    [InlineData("North Korea has successfully developed nuclear warheads small enough to be fitted to the nose of its ballistic missiles, a UN report has warned (file image)")]
    public void A_report_nobody_is_named_for_and_a_photo_caption_stay_silent(string text) =>
        Assert.Empty(Analyze(text, new DateOnly(2020, 9, 30)).Statements);
}
