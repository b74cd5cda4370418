namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who "he", "she", "it" and "the president" stand for before each sentence, computed once in reading order: a sentence
/// whose report resolves makes its speaker the subject; a quote-only sentence after a direct statement keeps it; otherwise
/// the sentence's opening name becomes the subject, a plural or compound subject forgets it, and a sentence naming nobody
/// lets it survive once. Sieves resolve pronouns against the state before their sentence, whatever order they run in.
/// </summary>
internal sealed class SpeakerTimeline
{
    private readonly SpeakerContext.State[] _before;

    public SpeakerTimeline(AnalysedDocument doc, List<Report>[] reports, SpeakerContext context)
    {
        _before = new SpeakerContext.State[doc.Sentences.Count];
        var lastEnd = -1;
        var lastDirectSentence = -2;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            _before[n] = context.Save();
            var sentence = doc.Sentences[n];
            if (sentence.Start < lastEnd) continue; // inside the previous statement's quote
            if (sentence.End - sentence.Start > ReportFinder.MaxSentenceLength) { context.Clear(); continue; }
            var mentions = MentionsOutsideQuotes(doc, sentence);
            CatalogActor? speaker = null;
            ReportWords? words = null;
            foreach (var report in reports[n])
                if (SpeakerResolver.Resolve(report.Subject, context) is { } r && !SpeakerResolver.NamedInWords(doc, report.Words, r.Speaker, r.Rule))
                {
                    (speaker, words) = (r.Speaker, report.Words);
                    break;
                }
            if (speaker is null && lastDirectSentence == n - 1 && mentions.Count == 0 && context.Last is { } previous && QuoteOnly(doc, sentence) is { } q)
                (speaker, words) = (previous, new ReportWords(q.ContentStart, q.ContentEnd, StatementKind.Direct, "", ReportForm.SpeakerThenQuote));
            if (speaker is not null && words is not null)
            {
                context.SetSubject(speaker);
                lastEnd = words.End;
                lastDirectSentence = words.Kind == StatementKind.Direct ? SentenceEnding(doc, n, words.End) : -2;
                continue;
            }
            var (first, last) = ReportFinder.TokenRange(doc, sentence);
            Update(doc, context, sentence, first, last, mentions);
        }
    }

    /// <summary>The state before sentence <paramref name="n"/>, restored into <paramref name="context"/>.</summary>
    public void RestoreBefore(SpeakerContext context, int n) => context.Restore(_before[n]);

    public static List<Mention> MentionsOutsideQuotes(AnalysedDocument doc, Sentence s)
    {
        var list = new List<Mention>();
        for (var i = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); i < doc.Mentions.Count && doc.Mentions[i].Start < s.End; i++)
            if (QuoteFinder.Containing(doc.Quotes, doc.Mentions[i].Start) is null) list.Add(doc.Mentions[i]);
        return list;
    }

    /// <summary>The quote a sentence consists of ("“More words.”"), or null.</summary>
    public static QuoteSpan? QuoteOnly(AnalysedDocument doc, Sentence sentence)
    {
        if (doc.Text[sentence.Start] is not ('\u201C' or '"') || QuoteFinder.OpeningAt(doc.Quotes, sentence.Start) is not { } q) return null;
        if (q.Close + 1 < sentence.End && !string.IsNullOrWhiteSpace(doc.Text[(q.Close + 1)..sentence.End].Trim('.', ',', ' '))) return null;
        return q;
    }

    /// <summary>The index of the sentence (from <paramref name="n"/> on) that contains offset <paramref name="end"/>.</summary>
    public static int SentenceEnding(AnalysedDocument doc, int n, int end)
    {
        while (n + 1 < doc.Sentences.Count && doc.Sentences[n + 1].Start < end) n++;
        return n;
    }

    /// <summary>
    /// "Calling Mr Putin …, he hailed", "After meeting Xi in Beijing, she said": a sentence opening with a participle or a
    /// preposition whose clause's subject, after the comma, is a pronoun; that pronoun, or null.
    /// </summary>
    private static string? IntroducedPronoun(AnalysedDocument doc, int first, int last)
    {
        var tokens = doc.Tokens;
        if (first >= last) return null;
        var opener = tokens[first].Norm;
        if (!(opener.Length > 4 && (opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ed", StringComparison.Ordinal)))
            && opener is not ("after" or "before" or "during" or "in" or "at" or "on" or "following" or "despite" or "amid" or "while" or "when" or "asked"))
            return null;
        for (var k = first + 1; k < last && k < first + 40; k++)
        {
            var gap = doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
            if (gap.IndexOfAny("\u201C\u201D\"") >= 0) continue;
            if (gap.Trim().SequenceEqual(",") && tokens[k].Norm is "he" or "she" or "it" or "they") return tokens[k].Norm;
        }
        return null;
    }

    /// <summary>No statement here: remember the sentence's subject for a following "he"/"she", or forget it.</summary>
    private static void Update(AnalysedDocument doc, SpeakerContext context, Sentence sentence, int first, int last, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        if (first < last && tokens[first].Norm is "he" or "she" or "it") { context.KeepSubject(); return; }
        if (IntroducedPronoun(doc, first, last) is { } pronoun) // "Calling Mr Putin his country's “best friend”, he hailed …"
        {
            if (pronoun == "they") context.Clear(); else context.KeepSubject();
            return;
        }
        var people = mentions.Where(m => m.Candidates.Count > 0).ToList();
        if (people.Count == 0)
        {
            // "The two envoys also discussed …": a plural subject; a following "Kim said" is no longer clearly the last Kim.
            var plural = false;
            for (var k = first; k < last && k < first + 4; k++) plural |= tokens[k].Norm is "two" or "both" or "they" or "leaders" or "envoys" or "sides" or "ministers" or "officials";
            if (plural) context.Clear(); else context.Skip();
            return;
        }
        var head = people[0];
        var pre = SubjectFinder.Classify(doc.Text, sentence.Start, head.TitleStart);
        var nextIndex = TokenIndex.FirstAtOrAfter(tokens, head.End);
        var compound = nextIndex < last && tokens[nextIndex].Norm is "and" or "or";
        if (pre is PreSubject.Start or PreSubject.AfterComma && !head.NotSubject && head.Actor is { } actor && !compound) context.SetSubject(actor);
        else context.Clear();
    }
}
