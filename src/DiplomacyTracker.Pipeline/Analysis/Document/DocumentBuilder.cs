namespace DiplomacyTracker.Analysis;

/// <summary>
/// Builds the <see cref="AnalysedDocument"/> once per article, layer by layer: words, sentences, quotations, language,
/// named actors, dates. A layer that throws is recorded as a failure and left empty; the article is never lost.
/// </summary>
internal static class DocumentBuilder
{
    public static AnalysedDocument Build(ArticleText article, ActorCatalog catalog, List<SieveFailure> failures)
    {
        var text = article.Text ?? "";
        var published = article.Published;
        var day = published is { IsKnown: true } p ? p.LocalDay : (DateOnly?)null;
        var tokens = Layer("document.words", failures, () => WordTokenizer.Tokenize(text), []);
        var quotes = Layer("document.quotes", failures, () => QuoteFinder.Find(text), []);
        var language = Layer("document.language", failures, () => LanguageDetector.Detect(text, article.Language), "en");
        var korean = language == "ko";
        var singleQuotes = korean ? Layer("document.korean-quotes", failures, () => KoreanQuotes.Find(text), []) : [];
        var sentences = Layer("document.sentences", failures, () => korean ? KoreanSentenceSplitter.Split(text, quotes, singleQuotes) : SentenceSplitter.Split(text), []);
        var actors = Layer("document.mentions", failures, () => MentionFinder.Find(text, tokens, catalog, day),
            new ActorMentions([], [], new Dictionary<string, string>()));
        if (korean) actors = Layer("document.korean-actors", failures, () => KoreanActorDiscoverer.Extend(text, tokens, actors, catalog, day), actors);
        var dates = Layer("document.dates", failures, () => Dates(text, sentences, published, language), []);
        return new AnalysedDocument(article.Title ?? "", text, published, language, tokens, sentences, quotes,
            actors.Mentions, actors.Discovered, actors.AppositiveRoles, dates)
        { SingleQuotes = singleQuotes };
    }

    /// <summary>The document of a bare text published on <paramref name="day"/> (Seoul time), for tests and tools.</summary>
    public static AnalysedDocument ForText(string text, ActorCatalog catalog, DateOnly? day) =>
        Build(new ArticleText("", text, day is { } d ? DiplomacyTracker.Dates.FuzzyDate.FromDay(d, DiplomacyTracker.Dates.FuzzyDate.Seoul) : null, null), catalog, []);

    /// <summary>Every sentence's dates (English forms always; Korean forms in Korean text), earliest first.</summary>
    private static List<DateExpression> Dates(string text, IReadOnlyList<Sentence> sentences, Dates.FuzzyDate? published, string language)
    {
        var all = new List<DateExpression>();
        Dates.FuzzyDate? lastNamed = null;
        foreach (var s in sentences)
        {
            var english = DatePhraseReader.ReadBoth(text, s.Start, s.End, published);
            if (language == "ko")
            {
                var korean = KoreanDateReader.ReadAll(text, s.Start, s.End, published, ref lastNamed);
                english.AddRange(korean.Where(k => !english.Any(e => e.Start < k.End && k.Start < e.End)));
                english.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            all.AddRange(english);
        }
        return all;
    }

    private static T Layer<T>(string name, List<SieveFailure> failures, Func<T> build, T empty)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add(SieveFailure.From(name, e));
            return empty;
        }
    }
}
