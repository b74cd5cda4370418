using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A statement with the actor it belongs to and the surface form that named the speaker.</summary>
internal sealed record Attributed(FoundStatement Statement, CatalogActor Speaker, string SpeakerSurface);

/// <summary>
/// Who said what. Per sentence, the first reporting verb whose subject is a named actor (or a pronoun for the
/// previous subject) yields one statement: direct ("…," X said / X said: "…"), indirect (X warned that …) or mixed
/// (indirect speech with quoted words). "According to X" counts; "officials said", "CNN reported" and a name inside
/// another clause do not. Ambiguous names are dropped rather than guessed.
/// </summary>
internal static class QuoteAttributor
{
    private const int MaxSentenceLength = 1500;

    public static List<Attributed> Attribute(ArticleIndex index, FuzzyDate? published)
    {
        var result = new List<Attributed>();
        var text = index.Text;
        var quotes = QuoteFinder.Find(text);
        var byEnd = new Dictionary<int, Mention>();
        foreach (var m in index.Mentions) byEnd.TryAdd(m.End, m);
        var (female, male) = SpeakerContext.Genders(index);
        var context = new SpeakerContext(female, male);
        var reader = new StatementReader(index, quotes, published);
        var mentionCursor = 0;
        foreach (var sentence in index.Sentences)
        {
            mentionCursor = TokenIndex.FirstMentionAtOrAfter(index.Mentions, sentence.Start);
            var sentenceMentions = new List<Mention>();
            for (var i = mentionCursor; i < index.Mentions.Count && index.Mentions[i].Start < sentence.End; i++) sentenceMentions.Add(index.Mentions[i]);
            if (sentence.End - sentence.Start > MaxSentenceLength) { context.Clear(); continue; }
            var first = TokenIndex.FirstAtOrAfter(index.Tokens, sentence.Start);
            var last = first;
            while (last < index.Tokens.Count && index.Tokens[last].End <= sentence.End) last++;
            var found = FindInSentence(index, byEnd, quotes, reader, context, sentence, first, last);
            if (found is not null)
            {
                if (result.Count == 0 || result[^1].Statement.Start != found.Statement.Start) result.Add(found);
                context.SetSubject(found.Speaker);
                continue;
            }
            UpdateContext(index, byEnd, context, sentence, first, last, sentenceMentions);
        }
        return result;
    }

    private static Attributed? FindInSentence(ArticleIndex index, Dictionary<int, Mention> byEnd, List<QuoteSpan> quotes,
        StatementReader reader, SpeakerContext context, Sentence sentence, int first, int last)
    {
        var tokens = index.Tokens;
        for (var c = first; c < last; c++)
        {
            var token = tokens[c];
            if (QuoteFinder.Containing(quotes, token.Start) is not null) continue;
            if (token.Norm == "according" && c + 1 < last && tokens[c + 1].Norm == "to")
            {
                if (reader.According(byEnd, sentence, c, last, context) is { } a) return a;
                continue;
            }
            if (ReportingVerbs.Lookup(token.Norm) is not { } cue) continue;
            var subject = SubjectFinder.Before(index, byEnd, sentence.Start, first, c);
            if (subject is null)
            {
                if (reader.Inverted(byEnd, sentence, c, last, cue, context) is { } inv) return inv;
                continue;
            }
            var pre = SubjectFinder.Classify(index.Text, sentence.Start, subject.Start);
            if (pre == PreSubject.Invalid) continue;
            var speaker = Resolve(subject, context, out var confidence);
            if (speaker is null) continue;
            var surface = subject.Mention is { } m ? index.Text[m.TitleStart..m.End] : index.Text[tokens[subject.TokenIndex].Start..tokens[subject.TokenIndex].End];
            var statement = reader.Read(sentence, subject, pre, c, last, cue, speaker, confidence, context);
            if (statement is not null) return new Attributed(statement, speaker, surface);
        }
        return null;
    }

    public static CatalogActor? Resolve(Subject subject, SpeakerContext context, out double confidence)
    {
        confidence = 0;
        if (subject.Pronoun is { } p)
        {
            confidence = 0.78;
            return context.Resolve(p);
        }
        var m = subject.Mention!;
        if (m.Actor is { } actor)
        {
            confidence = m.Form switch { MentionForm.FullName or MentionForm.Hangul => 0.92, MentionForm.TitleSurname => 0.88, _ => 0.82 };
            if (actor.Key.StartsWith("discovered:", StringComparison.Ordinal)) confidence -= 0.05;
            return actor;
        }
        if (context.Last is { } lastSubject && m.Candidates.Any(a => a.Key == lastSubject.Key))
        {
            confidence = 0.7;
            return lastSubject;
        }
        return null;
    }

    /// <summary>No statement here: remember the sentence's subject for a following "he"/"she", or forget it.</summary>
    private static void UpdateContext(ArticleIndex index, Dictionary<int, Mention> byEnd, SpeakerContext context, Sentence sentence,
        int first, int last, List<Mention> mentions)
    {
        var tokens = index.Tokens;
        if (first < last && tokens[first].Norm is "he" or "she" or "it") { context.KeepSubject(); return; }
        var people = mentions.Where(m => m.Candidates.Count > 0).ToList();
        if (people.Count == 0) { context.Skip(); return; }
        var head = people[0];
        var pre = SubjectFinder.Classify(index.Text, sentence.Start, head.TitleStart);
        var nextIndex = TokenIndex.FirstAtOrAfter(tokens, head.End);
        var compound = nextIndex < last && tokens[nextIndex].Norm is "and" or "or";
        if (pre is PreSubject.Start or PreSubject.AfterComma && !head.NotSubject && head.Actor is { } actor && !compound) context.SetSubject(actor);
        else context.Clear();
    }
}
