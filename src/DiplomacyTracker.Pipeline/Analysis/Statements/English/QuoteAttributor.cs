using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who said what. Per sentence, the first reporting verb whose subject is a named actor (or a pronoun for the
/// previous subject) yields one statement: direct ("…," X said / X said: "…"), indirect (X warned that …) or mixed
/// (indirect speech with quoted words). "According to X" counts; "officials said", "CNN reported" and a name inside
/// another clause do not. Ambiguous names are dropped rather than guessed.
/// </summary>
internal static class QuoteAttributor
{
    private const int MaxSentenceLength = 1500;

    /// <summary>Every statement with the sentence it was read from; each statement's <see cref="FoundStatement.Sieve"/>
    /// names the rule that read it (according-to, quoted-as-saying, said-name, subject-verb, continuation).</summary>
    public static List<(Attributed Found, int Sentence)> Attribute(AnalysedDocument doc)
    {
        var result = new List<Attributed>();
        var sentences = new List<int>();
        var quotes = doc.Quotes;
        var byEnd = new Dictionary<int, Mention>();
        foreach (var m in doc.Mentions) byEnd.TryAdd(m.End, m);
        var (female, male) = SpeakerContext.Genders(doc);
        bool TitleFits(string title, CatalogActor actor)
        {
            var role = doc.Discovered.FirstOrDefault(d => d.Actor.Key == actor.Key)?.Role ?? doc.AppositiveRoles.GetValueOrDefault(actor.Key);
            return (actor.Roles.Count > 0 || role is not null) && TitleReader.Compatible(title, actor, doc.Day, strictDate: true, role);
        }
        var people = doc.Mentions.Where(m => m.Actor is { Kind: ActorKind.Person } && !m.NotSubject).Select(m => m.Actor!).DistinctBy(a => a.Key).ToList();
        CatalogActor? UniqueFit(string title)
        {
            if (title.EndsWith("ministry", StringComparison.Ordinal) || title.EndsWith("agency", StringComparison.Ordinal)
                || title.EndsWith("department", StringComparison.Ordinal) || title.EndsWith("office", StringComparison.Ordinal)) return null;
            var fits = people.Where(a => TitleFits(title, a)).Take(2).ToList();
            return fits.Count == 1 ? fits[0] : null;
        }
        var context = new SpeakerContext(female, male, TitleFits, UniqueFit);
        var reader = new StatementReader(doc, quotes);
        var lastDirectSentence = -2;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var sentence = doc.Sentences[n];
            if (result.Count > 0 && sentence.Start < result[^1].Statement.End) continue; // inside the previous statement's quote
            var sentenceMentions = new List<Mention>();
            for (var i = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, sentence.Start); i < doc.Mentions.Count && doc.Mentions[i].Start < sentence.End; i++)
                if (QuoteFinder.Containing(quotes, doc.Mentions[i].Start) is null) sentenceMentions.Add(doc.Mentions[i]);
            if (sentence.End - sentence.Start > MaxSentenceLength) { context.Clear(); continue; }
            var first = TokenIndex.FirstAtOrAfter(doc.Tokens, sentence.Start);
            var last = first;
            while (last < doc.Tokens.Count && doc.Tokens[last].End <= sentence.End) last++;
            var found = FindInSentence(doc, byEnd, quotes, reader, context, sentence, first, last);
            if (found is null && lastDirectSentence == n - 1 && sentenceMentions.Count == 0 && result.Count > 0)
                found = Continuation(doc, quotes, reader, sentence, result[^1]) is { } more ? Tag(more, "continuation") : null;
            if (found is not null)
            {
                if (result.Count == 0 || result[^1].Statement.Start != found.Statement.Start)
                {
                    var pieces = StatementSplitter.Split(doc, quotes, byEnd, reader, sentence, found);
                    result.AddRange(pieces);
                    sentences.AddRange(pieces.Select(_ => n));
                }
                context.SetSubject(found.Speaker);
                lastDirectSentence = found.Statement.Kind == StatementKind.Direct ? IndexOfSentenceEnding(doc, n, found.Statement.End) : -2;
                continue;
            }
            UpdateContext(doc, byEnd, context, sentence, first, last, sentenceMentions);
        }
        return result.Select((a, i) => (a, sentences[i])).ToList();
    }

    private static Attributed Tag(Attributed a, string rule) => a with { Statement = a.Statement with { Sieve = rule } };

    private static Attributed? FindInSentence(AnalysedDocument doc, Dictionary<int, Mention> byEnd, List<QuoteSpan> quotes,
        StatementReader reader, SpeakerContext context, Sentence sentence, int first, int last)
    {
        var tokens = doc.Tokens;
        for (var c = first; c < last; c++)
        {
            var token = tokens[c];
            if (QuoteFinder.Containing(quotes, token.Start) is not null) continue;
            if (token.Norm == "according" && c + 1 < last && tokens[c + 1].Norm == "to")
            {
                if (reader.According(byEnd, sentence, c, last, context) is { } a) return Tag(a, "according-to");
                continue;
            }
            if (token.Norm == "quoted" && QuotedAsSaying(doc, byEnd, reader, context, sentence, first, c, last) is { } quoted) return Tag(quoted, "quoted-as-saying");
            if (ReportingVerbs.Lookup(token.Norm) is not { } cue) continue;
            var subject = SubjectFinder.Before(doc, byEnd, sentence.Start, first, c) ?? CoordinatedSubject(doc, sentence, first, c);
            if (subject is null)
            {
                if (reader.Inverted(byEnd, sentence, c, last, cue, context) is { } inv) return Tag(inv, "said-name");
                continue;
            }
            var pre = SubjectFinder.Classify(doc.Text, sentence.Start, subject.Start);
            if (pre == PreSubject.Invalid) continue;
            var speaker = Resolve(subject, context, out var confidence);
            if (speaker is null) continue;
            var surface = subject.Mention is { } m ? doc.Text[m.TitleStart..m.End] : doc.Text[tokens[subject.TokenIndex].Start..tokens[subject.TokenIndex].End];
            var statement = reader.Read(sentence, subject, pre, c, last, cue, speaker, confidence, context);
            if (statement is not null) return Tag(new Attributed(statement, speaker, surface), "subject-verb");
        }
        return null;
    }

    /// <summary>"Lee thanked Trump and said …": the sentence's opening subject, when the verb follows "and" in its first clause.</summary>
    private static Subject? CoordinatedSubject(AnalysedDocument doc, Sentence sentence, int first, int c)
    {
        var tokens = doc.Tokens;
        if (c - 1 <= first || tokens[c - 1].Norm != "and") return null;
        var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, sentence.Start);
        if (m >= doc.Mentions.Count || doc.Mentions[m].Start >= tokens[c].Start) return null;
        var mention = doc.Mentions[m];
        if (mention.NotSubject || SubjectFinder.Classify(doc.Text, sentence.Start, mention.TitleStart) != PreSubject.Start) return null;
        var clause = doc.Text.AsSpan(mention.End, tokens[c - 1].Start - mention.End);
        if (clause.IndexOfAny(",;:\u201C\u201D\"") >= 0 || clause.Length > 80) return null;
        for (var k = TokenIndex.FirstAtOrAfter(tokens, mention.End); k < c - 1; k++)
            if (tokens[k].Norm is "and" or "that" or "who" or "which" || ReportingVerbs.Lookup(tokens[k].Norm) is not null) return null;
        return new Subject(mention, TokenIndex.EndingAt(tokens, mention.End), null, mention.TitleStart);
    }

    /// <summary>"Kim was quoted as saying …" (speaker before) and "KCNA quoted Kim as saying …" (speaker after: Kim, not KCNA).</summary>
    private static Attributed? QuotedAsSaying(AnalysedDocument doc, Dictionary<int, Mention> byEnd, StatementReader reader, SpeakerContext context,
        Sentence sentence, int first, int c, int last)
    {
        var tokens = doc.Tokens;
        Subject? subject = null;
        var saying = -1;
        if (c + 2 < last && tokens[c + 1].Norm == "as" && tokens[c + 2].Norm == "saying" && c - 1 > first && tokens[c - 1].Norm is "was" or "is" or "been")
        {
            var aux = tokens[c - 1].Norm == "been" && c - 2 > first ? c - 2 : c - 1;
            subject = SubjectFinder.Before(doc, byEnd, sentence.Start, first, aux);
            saying = c + 2;
        }
        else if (c + 1 < last && byEnd.Values.FirstOrDefault(m => m.TitleStart == tokens[c + 1].Start || m.Start == tokens[c + 1].Start) is { } object_)
        {
            var after = TokenIndex.FirstAtOrAfter(tokens, object_.End);
            if (after + 1 < last && tokens[after].Norm == "as" && tokens[after + 1].Norm == "saying" && !object_.NotSubject)
            {
                subject = new Subject(object_, after - 1, null, object_.TitleStart);
                saying = after + 1;
            }
        }
        if (subject is null || saying < 0) return null;
        var speaker = Resolve(subject, context, out var confidence);
        if (speaker is null) return null;
        var pre = SubjectFinder.Classify(doc.Text, sentence.Start, subject.Start);
        if (pre == PreSubject.Invalid) pre = PreSubject.Start;
        var statement = reader.Read(sentence, subject, pre, saying, last, new ReportingCue("quoted as saying", false), speaker, confidence, context);
        var surface = subject.Mention is { } m ? doc.Text[m.TitleStart..m.End] : tokens[subject.TokenIndex].Norm;
        return statement is null ? null : new Attributed(statement, speaker, surface);
    }

    public static CatalogActor? Resolve(Subject subject, SpeakerContext context, out double confidence)
    {
        confidence = 0;
        if (subject.Pronoun is { } p)
        {
            confidence = p.StartsWith("the ", StringComparison.Ordinal) ? 0.75 : 0.78;
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

    /// <summary>"“…,” Kim said. “More words.”": a quote opening the next sentence, naming nobody, continues the same speaker.</summary>
    private static Attributed? Continuation(AnalysedDocument doc, List<QuoteSpan> quotes, StatementReader reader, Sentence sentence, Attributed previous)
    {
        if (doc.Text[sentence.Start] is not ('\u201C' or '"') || QuoteFinder.OpeningAt(quotes, sentence.Start) is not { } q) return null;
        if (q.Close + 1 < sentence.End && !string.IsNullOrWhiteSpace(doc.Text[(q.Close + 1)..sentence.End].Trim('.', ',', ' '))) return null;
        var statement = reader.Continue(previous.Statement, q, sentence);
        return statement is null ? null : previous with { Statement = statement };
    }

    /// <summary>The index of the sentence (from <paramref name="n"/> on) that contains offset <paramref name="end"/>.</summary>
    private static int IndexOfSentenceEnding(AnalysedDocument doc, int n, int end)
    {
        while (n + 1 < doc.Sentences.Count && doc.Sentences[n + 1].Start < end) n++;
        return n;
    }

    /// <summary>No statement here: remember the sentence's subject for a following "he"/"she", or forget it.</summary>
    private static void UpdateContext(AnalysedDocument doc, Dictionary<int, Mention> byEnd, SpeakerContext context, Sentence sentence,
        int first, int last, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        if (first < last && tokens[first].Norm is "he" or "she" or "it") { context.KeepSubject(); return; }
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
