using DiplomacyTracker.Search;

namespace DiplomacyTracker.Tests.Search;

/// <summary>Snippets made in process must mark what the FTS5 word index matched, and cut long text around the first match.</summary>
public sealed class WordSnippetTests
{
    private static string Snippet(string text, string words, int maxTokens = StatementSearch.SnippetTokens)
    {
        var terms = PhraseTerms.Parse(FtsQueryTranslator.Translate(words));
        Assert.NotNull(terms);
        return WordSnippet.Make(text, terms, maxTokens).Replace(SearchMarkers.Open, '[').Replace(SearchMarkers.Close, ']');
    }

    [Theory]
    [InlineData("We want peace talks now.", "\"peace talks\"", "We want [peace talks] now.")]
    [InlineData("Peace, then talks; peace talks.", "\"peace talks\"", "Peace, then talks; [peace talks].")]
    [InlineData("Talks on peace and more talks.", "peace talks", "[Talks] on [peace] and more [talks].")]
    [InlineData("Denuclearization first, denuclearize later.", "denucl*", "[Denuclearization] first, [denuclearize] later.")]
    [InlineData("Lee Jae-myung said so.", "Jae-myung", "Lee [Jae-myung] said so.")]
    [InlineData("The Élysée summit.", "elysee", "The [Élysée] summit.")]
    [InlineData("No match in the text.", "envoy", "No match in the text.")]
    public void Marks_every_occurrence_of_the_query_phrases(string text, string words, string expected) =>
        Assert.Equal(expected, Snippet(text, words));

    [Fact]
    public void Long_text_is_cut_around_the_first_match_with_ellipses()
    {
        var before = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}"));
        var after = string.Join(' ', Enumerable.Range(31, 30).Select(i => $"w{i}"));
        var snippet = Snippet($"{before} sanctions {after}.", "sanctions", maxTokens: 10);
        Assert.Equal("…w25 w26 w27 w28 w29 w30 [sanctions] w31 w32 w33…", snippet);
    }

    [Fact]
    public void A_match_near_the_end_keeps_a_full_window_and_the_closing_punctuation()
    {
        var text = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"w{i}")) + " hotline!";
        Assert.Equal("…w12 w13 w14 w15 w16 w17 w18 w19 w20 [hotline]!", Snippet(text, "hotline", maxTokens: 10));
    }

    [Fact]
    public void Marker_characters_in_stored_text_cannot_forge_a_highlight()
    {
        var snippet = WordSnippet.Make("a \u0001fake\u0002 peace", PhraseTerms.Parse(FtsQueryTranslator.Translate("peace"))!, 40);
        Assert.Equal("a fake <mark>peace</mark>", SearchMarkers.ToHtml(snippet));
    }

    [Fact]
    public void Hangul_and_diacritics_fold_like_the_index()
    {
        Assert.Equal(["평화", "cafe", "seoul"], WordTokens.Split("평화 Café, SEOUL").Select(t => t.Folded));
    }
}
