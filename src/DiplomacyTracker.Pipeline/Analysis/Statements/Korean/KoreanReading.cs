using System.Runtime.CompilerServices;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// The Korean statement sieves' shared reading of one document, made once: the quotations that stand on their own
/// (double quotes, and single quotes outside them), the subject reader, and each sentence's report of speech, if any.
/// </summary>
internal sealed class KoreanReading
{
    private static readonly ConditionalWeakTable<AnalysedDocument, KoreanReading> Cache = [];

    private KoreanReading(AnalysedDocument doc)
    {
        Doc = doc;
        Quotes = [.. doc.Quotes, .. doc.SingleQuotes.Where(s => QuoteFinder.Containing(doc.Quotes, s.Open) is null && QuoteFinder.Containing(doc.Quotes, s.Close) is null)];
        Quotes.Sort((a, b) => a.Open.CompareTo(b.Open));
        for (var i = Quotes.Count - 1; i > 0; i--)
            if (Quotes[i].Open < Quotes[i - 1].Close) Quotes.RemoveAt(i); // overlapping marks: keep the first
        Subjects = new KoreanSubjects(doc, Quotes);
        Reports = new KoreanReport?[doc.Sentences.Count];
        for (var n = 0; n < doc.Sentences.Count; n++) Reports[n] = KoreanReportReader.Read(this, n);
    }

    public AnalysedDocument Doc { get; }

    /// <summary>Top-level quotations, sorted, not overlapping.</summary>
    public List<QuoteSpan> Quotes { get; }

    public KoreanSubjects Subjects { get; }

    /// <summary>The report read from each sentence (null where the sentence reports no speech).</summary>
    public KoreanReport?[] Reports { get; }

    public static KoreanReading Of(AnalysedDocument doc) => Cache.GetValue(doc, d => new KoreanReading(d));

    /// <summary>The quotation whose closing mark is right before <paramref name="offset"/>.</summary>
    public QuoteSpan? ClosingBefore(int offset) => offset > 0 ? QuoteFinder.ClosingAt(Quotes, offset - 1) : null;

    /// <summary>The last quotation that closes before <paramref name="offset"/>.</summary>
    public QuoteSpan? Before(int offset)
    {
        QuoteSpan? found = null;
        foreach (var q in Quotes)
        {
            if (q.Close >= offset) break;
            found = q;
        }
        return found;
    }
}
