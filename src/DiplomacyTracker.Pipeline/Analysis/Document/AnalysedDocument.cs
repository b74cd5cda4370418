using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// The article read once, for every later step: its words, sentences, quotations, the actors it names (catalog and
/// discovered, with titles and appositives), the dates it writes (resolved against the publication day) and its
/// language. Sieves only read it; nothing after <see cref="DocumentBuilder"/> finds quotes or names again.
/// Offsets index into <see cref="Text"/>.
/// </summary>
internal sealed record AnalysedDocument(
    string Title,
    string Text,
    FuzzyDate? Published,
    string Language,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Sentence> Sentences,
    List<QuoteSpan> Quotes,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<DiscoveredActor> Discovered,
    IReadOnlyDictionary<string, string> AppositiveRoles,
    IReadOnlyList<DateExpression> Dates)
{
    /// <summary>Single quotation marks (‘…’, '…'), read in Korean text only (<see cref="KoreanQuotes"/>); empty otherwise.</summary>
    public List<QuoteSpan> SingleQuotes { get; init; } = [];

    /// <summary>The publication day in the article's zone, when known.</summary>
    public DateOnly? Day { get; } = Published is { IsKnown: true } p ? p.LocalDay : null;

    /// <summary>The index of the sentence containing <paramref name="offset"/> (the nearest one before it between sentences), or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The text of sentence <paramref name="n"/>, or "" when there is none.</summary>
    public string SentenceText(int n) => n >= 0 && n < Sentences.Count ? Sentences[n].TextOf(Text) : "";

    /// <summary>The dates written in [from, to), earliest first, read back (statements) or ahead (plans).</summary>
    public List<DatePhrase> DatesIn(int from, int to, bool future)
    {
        var result = new List<DatePhrase>();
        int lo = 0, hi = Dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Dates[mid].Start < from) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < Dates.Count && Dates[i].Start < to; i++)
            if (Dates[i].End <= to) result.Add(Dates[i].Read(future));
        return result;
    }

    /// <summary>A document with nothing in it (no text).</summary>
    public static AnalysedDocument Empty(string title, FuzzyDate? published) =>
        new(title, "", published, "und", [], [], [], [], [], new Dictionary<string, string>(), []);
}
