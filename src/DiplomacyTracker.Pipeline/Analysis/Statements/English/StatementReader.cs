using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>How a report's words stand to its speaker; each form has its own sieve (<see cref="EnglishStatementSieves"/>).</summary>
internal enum ReportForm
{
    /// <summary>"“…,” Kim said." (also a quote split by the attribution: "“A,” Kim said, “B.”").</summary>
    QuoteThenSpeaker,
    /// <summary>"“…,” said Kim Jong-un."</summary>
    QuoteThenVerbThenSpeaker,
    /// <summary>"The workers received about 20 percent, said Cho Bong-hyun, who heads research …"</summary>
    ClauseThenVerbThenSpeaker,
    /// <summary>"Kim said, “…”" / "Kim said “…” on Tuesday".</summary>
    SpeakerThenQuote,
    /// <summary>"Kim said:" closing a paragraph, the quote opening the next one.</summary>
    ColonParagraph,
    /// <summary>"Kim warned that …" (indirect or mixed speech in the speaker's own clause).</summary>
    OwnClause,
    /// <summary>"Moon said Kim Jong-un told him that …": the words of the one quoted inside another's report.</summary>
    Relayed,
    /// <summary>"North Korea will respond, Kim said."</summary>
    ClauseThenSpeaker,
    /// <summary>"According to X, …" / "…, according to X."</summary>
    AccordingTo,
    /// <summary>"X was quoted as saying …" / "KCNA quoted X as saying …".</summary>
    QuotedAsSaying,
    /// <summary>"Kim took questions from reporters, saying …": a participle reporting the words of the clause's subject.</summary>
    Participle,
}

/// <summary>Where a report's words lie, how they were reported, and how much the form lowers confidence; no speaker yet.
/// A gap ([<see cref="GapStart"/>, <see cref="GapEnd"/>)) is attribution inside the words ("“A,” Kim said, “B.”"; "A, Kim
/// said, adding that B"): the statement's text leaves it out, joining the two parts with " … ".</summary>
internal sealed record ReportWords(int Start, int End, StatementKind Kind, string Cue, ReportForm Form, double ConfidenceFactor = 1.0,
    int GapStart = -1, int GapEnd = -1);

/// <summary>
/// Reads the words of a statement once its reporting verb and subject are known: what follows the verb
/// ("warned that …", "said, “…”"), or what precedes the speaker ("“…,” Kim said." / "…, Kim said."), and when it was said.
/// The speaker is given afterwards (<see cref="Materialize"/>), so the same reading serves every resolution.
/// </summary>
internal sealed partial class StatementReader(AnalysedDocument doc, List<QuoteSpan> quotes)
{
    private string Text => doc.Text;

    public ReportWords? Read(Sentence s, Subject subject, PreSubject pre, int cueIndex, int last, ReportingCue cue)
    {
        var tokens = doc.Tokens;
        var pos = tokens[cueIndex].End;
        var verb = tokens[cueIndex].Norm;
        var next = cueIndex + 1;
        if (verb is "called" or "calls")
        {
            if (next < last && tokens[next].Norm is "on" or "for")
            {
                verb += " " + tokens[next].Norm;
                pos = tokens[next].End;
                next++;
            }
            else if (next + 1 >= last || !QuoteFinder.HasQuoteMark(Text, tokens[cueIndex].End, tokens[Math.Min(last - 1, next + 6)].End)) return null; // "called the treaty “the strongest ever”"
        }
        else if (verb is "told" or "tells" or "reminded" or "reminds" or "assured" or "assures" or "informed")
        {
            if (next < last && ReportingCircumstance.ToldObjects.Contains(tokens[next].Norm)) { verb += " " + tokens[next].Norm; pos = tokens[next].End; next++; }
            else if (ReportingCircumstance.Audience(tokens, next, last) is var noun and > 0)
            {
                // "told a press conference at Cheong Wa Dae": the audience and where it was are not the words.
                verb = "told a " + tokens[noun].Norm;
                var end = noun;
                if (end + 1 < last && tokens[end + 1].Norm is "at" or "in")
                    for (var k = end + 2; k < last && (tokens[k].Capitalized || tokens[k].Norm == "the"); k++) end = k;
                pos = tokens[end].End;
                next = end + 1;
            }
            else if (ThatWithin(next, last, 8) is var that and > 0) { pos = tokens[that - 1].End; next = that; } // "told a parliamentary session that"
        }
        else if (verb == "saying" && cue.Verb != "saying") verb = "quoted as saying";
        (pos, next) = ReportingCircumstance.Skip(tokens, pos, next, last);
        if (PhraseBeforeThat(next, last) is var thatAfter and >= 0) { pos = tokens[thatAfter - 1].End; next = thatAfter; } // "said in Lee's presence that …"
        var contentStart = SkipSpaceAndPunctuation(pos, s.End);
        var sawThat = false;
        if (next < last && tokens[next].Start == contentStart && tokens[next].Norm == "that") { sawThat = true; contentStart = SkipSpaceAndPunctuation(tokens[next].End, s.End); }
        var contentEnd = TrimEnd(contentStart, s.End);
        var cueText = ReportingCueText(subject, cueIndex, verb);
        if (pre is PreSubject.AfterComma or PreSubject.AfterQuote && !sawThat && pos < s.End && Text[pos] == ',' && !(contentStart < s.End && Text[contentStart] is '\u201C' or '"'))
            return Before(s, subject, pre, cueText, cueIndex);
        if (contentEnd - contentStart < 3 || (!sawThat && IsTail(contentStart, contentEnd)))
            return Before(s, subject, pre, cueText, cueIndex);
        if (pre == PreSubject.AfterQuote && QuoteBefore(subject.Start) is { } q0)
        {
            // "“We are ready,” Kim said, “but the U.S. must act first.”" — both halves are the statement.
            var second = contentStart < Text.Length && Text[contentStart] is '\u201C' or '"' ? QuoteFinder.OpeningAt(quotes, contentStart) : LaterQuote(contentStart, s.End);
            if (second is null && q0.Open > s.Start && Text.AsSpan(s.Start, q0.Open - s.Start).Trim().Count(' ') >= 2)
                return ReportsSomeoneElse(s.Start, q0.Open) || QuotedVerbOfSomeoneElse(s.Start, q0) ? null : Words(StatementKind.Mixed, cueText, s.Start, q0.Close + 1, ReportForm.QuoteThenSpeaker, 0.95);
            return second is { } b
                ? Words(StatementKind.Direct, cueText, q0.ContentStart, b.ContentEnd, ReportForm.QuoteThenSpeaker, gap: (q0.ContentEnd, b.ContentStart))
                : Words(StatementKind.Direct, cueText, q0.ContentStart, q0.ContentEnd, ReportForm.QuoteThenSpeaker);
        }
        var opening = contentStart < Text.Length && Text[contentStart] is '\u201C' or '"' ? QuoteFinder.OpeningAt(quotes, contentStart) : null;
        if (cue.NeedsClause && !sawThat && opening is null && !StartsWithPronounClause(next, last)) return null;
        if (cue.ActsOnObject && !sawThat && opening is null && !StartsWithPronounClause(next, last)
            && !QuoteFinder.HasQuoteMark(Text, contentStart, contentEnd) && !InfinitiveWithin(next, last, 8) && !PredicateWithin(next, last, 10)
            && !(verb is "thanked" or "blamed" && ReasonWithin(next, last, 6))) return null;
        // "said that “a deal will be worked out” eventually, and that North Korea has …": a quote inside indirect speech that
        // goes on is part of the clause, not the whole statement.
        if (sawThat && opening is { } embedded && embedded.Close < contentEnd - 1 && !IsTail(embedded.Close + 1, contentEnd)
            && (!QuoteFraming.IsWholeStatement(Text, doc.Tokens, embedded, contentEnd) || Text.AsSpan(embedded.Close, contentEnd - embedded.Close).Contains(" and that ", StringComparison.Ordinal)))
            return Words(StatementKind.Mixed, cueText, contentStart, contentEnd, Form(cue, ReportForm.OwnClause));
        if (opening is { } q)
        {
            // "said “we must talk now” on Tuesday in Seoul, adding …": a statement made of a quote ends at its closing mark.
            if (q.Close >= contentEnd - 1 || IsTail(q.Close + 1, contentEnd) || QuoteFraming.IsWholeStatement(Text, doc.Tokens, q, contentEnd))
                return Words(StatementKind.Direct, cueText, q.ContentStart, q.ContentEnd, Form(cue, ReportForm.SpeakerThenQuote));
            return Words(StatementKind.Mixed, cueText, contentStart, Math.Max(contentEnd, q.Close + 1), Form(cue, ReportForm.OwnClause)); // "said “hostile” policies must end"
        }
        // "told reporters after the meeting, without providing more details": where and when, not what was said.
        if (!sawThat && Prepositions.Contains(tokens[next].Norm) && !QuoteFinder.HasQuoteMark(Text, contentStart, contentEnd) && !HasFiniteVerb(next, contentEnd)) return null;
        var kind = QuoteFinder.HasQuoteMark(Text, contentStart, contentEnd) ? StatementKind.Mixed : StatementKind.Indirect;
        return Words(kind, cueText, contentStart, contentEnd, Form(cue, ReportForm.OwnClause));
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "after", "before", "during", "with", "without", "following", "amid", "from", "for", "via", "through", "over",
    };

    /// <summary>"said in Lee's presence that …", "told reporters at the White House on Monday that …": the "that" after a phrase of
    /// circumstance opening with a preposition (no comma, quote or verb before it), or -1.</summary>
    private int PhraseBeforeThat(int next, int last)
    {
        var tokens = doc.Tokens;
        if (next >= last || !Prepositions.Contains(tokens[next].Norm)) return -1;
        for (var k = next + 1; k < last && k <= next + 8; k++)
        {
            if (Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IndexOfAny(",;:\u201C\u201D\"") >= 0) return -1;
            if (tokens[k].Norm == "that") return k;
            if (Auxiliaries.Contains(tokens[k].Norm)) return -1;
        }
        return -1;
    }

    /// <summary>An auxiliary or a past-tense word: the words make a clause of their own.</summary>
    private bool HasFiniteVerb(int from, int end)
    {
        for (var k = from; k < doc.Tokens.Count && doc.Tokens[k].End <= end; k++)
        {
            var norm = doc.Tokens[k].Norm;
            if ((Auxiliaries.Contains(norm) && norm != "to") || (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static ReportForm Form(ReportingCue cue, ReportForm form) => cue.Verb == "quoted as saying" ? ReportForm.QuotedAsSaying : form;

    /// <summary>"“…,” Kim said." or "North Korea will respond, Kim said.": the words come before the speaker.</summary>
    private ReportWords? Before(Sentence s, Subject subject, PreSubject pre, string cue, int cueIndex)
    {
        if (pre == PreSubject.AfterQuote && QuoteBefore(subject.Start) is { } q)
        {
            // "Kim has invited Moon to visit Pyongyang “at an early date,” his sister said": the words before the quote count too.
            var lead = Text.AsSpan(Math.Min(s.Start, q.Open), Math.Max(0, q.Open - s.Start)).Trim();
            // "Lee also “suggested pursuing a meeting …,” Kang explained": Lee's words, relayed by Kang; Lee's own report reads them.
            if (q.Open > s.Start && lead.Length > 0 && lead.Count(' ') >= 2)
                return ReportsSomeoneElse(s.Start, q.Open) || QuotedVerbOfSomeoneElse(s.Start, q) ? null : Words(StatementKind.Mixed, cue, s.Start, q.Close + 1, ReportForm.QuoteThenSpeaker, 0.95);
            return Words(StatementKind.Direct, cue, q.ContentStart, q.ContentEnd, ReportForm.QuoteThenSpeaker);
        }
        if (pre == PreSubject.Start)
        {
            // "Kim said:" closing a paragraph, the quote opening the next one.
            var after = SkipSpaceAndPunctuation(s.End, Text.Length);
            if (s.End > 0 && Text[s.End - 1] == ':' && after < Text.Length && QuoteFinder.OpeningAt(quotes, after) is { } next)
                return Words(StatementKind.Direct, cue, next.ContentStart, next.ContentEnd, ReportForm.ColonParagraph);
            return null;
        }
        if (pre != PreSubject.AfterComma) return null;
        var comma = Text.LastIndexOf(',', subject.Start - 1, subject.Start - s.Start);
        if (comma <= s.Start) return null;
        var start = s.Start;
        if (Text.AsSpan(start, comma - start).Count(' ') < 3) return null;
        if (ReportsSomeoneElse(start, comma)) return null; // "Lee thanked Trump and said …, Kang said": Lee's words, not Kang's
        var kind = QuoteFinder.HasQuoteMark(Text, start, comma) ? StatementKind.Mixed : StatementKind.Indirect;
        // "Safronov completed the portrait overnight, Zakharova said, adding that she … selected the photo": one statement.
        if (AddingAfter(cueIndex, s.End) is { } rest)
            return Words(kind, cue, start, TrimEnd(rest, s.End), ReportForm.ClauseThenSpeaker, 0.95, (comma, rest));
        return Words(kind, cue, start, comma, ReportForm.ClauseThenSpeaker, 0.95);
    }

    /// <summary>", adding that B" / ", saying B" after the attribution: where B starts, or null.</summary>
    private int? AddingAfter(int cueIndex, int end)
    {
        var tokens = doc.Tokens;
        for (var k = cueIndex + 1; k < tokens.Count && tokens[k].End <= end && k <= cueIndex + 12; k++)
        {
            if (QuoteFinder.Containing(quotes, tokens[k].Start) is not null || ReportingVerbs.At(tokens[k]) is not null) return null;
            if (tokens[k].Norm is not ("adding" or "saying") || !Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim().SequenceEqual(",")) continue;
            var rest = k + 1 < tokens.Count && tokens[k + 1].Norm == "that" ? k + 2 : k + 1;
            if (rest >= tokens.Count || tokens[rest].Start >= end) return null;
            var from = tokens[rest].Start;
            return Text.AsSpan(from, end - from).Count(' ') >= 2 ? from : null;
        }
        return null;
    }

    /// <summary>"“…,” said Kim Jong-un." — the verb before the speaker, right after a closing quote.</summary>
    public (Subject Subject, ReportWords Words)? Inverted(Sentence s, int cueIndex, int last)
    {
        var tokens = doc.Tokens;
        var cueToken = tokens[cueIndex];
        var pre = Text.AsSpan(s.Start, cueToken.Start - s.Start).TrimEnd();
        if (pre.Length < 2 || !(pre[^1] is '\u201D' or '"' or ',')) return null;
        if (cueIndex + 1 >= last) return null;
        var mention = doc.Mentions.Count == 0 ? null : MentionStartingAt(tokens[cueIndex + 1].Start);
        if (mention is null || mention.NotSubject) return null;
        // "…, said Lee Nak Yon." ends the sentence; "…, said Kim, who …" goes on after a comma; anything else is another clause.
        if (TrimEnd(mention.End, s.End) > mention.End && Text[mention.End] != ',') return null;
        ReportWords? words;
        if (QuoteBefore(cueToken.Start) is { } q)
            words = Words(StatementKind.Direct, cueToken.Norm, q.ContentStart, q.ContentEnd, ReportForm.QuoteThenVerbThenSpeaker);
        else
        {
            // "…, said Cho Bong-hyun, who heads research …": the clause before the comma, unless it reports someone else.
            var comma = s.Start + pre.Length - 1;
            if (Text[comma] != ',' || Text.AsSpan(s.Start, comma - s.Start).Count(' ') < 3 || ReportsSomeoneElse(s.Start, comma)) return null;
            var kind = QuoteFinder.HasQuoteMark(Text, s.Start, comma) ? StatementKind.Mixed : StatementKind.Indirect;
            words = Words(kind, cueToken.Norm, s.Start, comma, ReportForm.ClauseThenVerbThenSpeaker, 0.95);
        }
        return words is null ? null : (new Subject(mention, cueIndex + 1, null, mention.TitleStart), words);
    }

    /// <summary>"According to X, …" or "…, according to X."</summary>
    public (Subject Subject, ReportWords Words)? According(Sentence s, int accordingIndex, int last)
    {
        var tokens = doc.Tokens;
        var nameIndex = accordingIndex + 2;
        if (nameIndex < last && tokens[nameIndex].Norm == "the") nameIndex++;
        if (nameIndex >= last) return null;
        var mention = MentionStartingAt(tokens[nameIndex].Start);
        if (mention is null || mention.NotSubject) return null;
        var startOfClause = tokens[accordingIndex].Start;
        int from, to;
        if (SubjectFinder.Classify(Text, s.Start, startOfClause) == PreSubject.Start)
        {
            var comma = Text.IndexOf(',', mention.End, Math.Min(4, s.End - mention.End));
            if (comma < 0) return null;
            comma = AppositiveEnd(comma, s.End) ?? comma;
            from = SkipSpaceAndPunctuation(comma + 1, s.End);
            to = TrimEnd(from, s.End);
        }
        else
        {
            var pre = Text.AsSpan(s.Start, startOfClause - s.Start).TrimEnd();
            if (pre.Length >= 2 && pre[^1] is '\u201D' or '"' && pre[^2] == ',') pre = pre[..^1]; // "“multiple occasions,” according to"
            if (pre.Length == 0 || pre[^1] != ',') return null;
            if (SkipSpaceAndPunctuation(mention.End, s.End) < TrimEnd(mention.End, s.End) && !OnlyAcronymOrRelative(mention.End, s.End)) return null;
            from = s.Start;
            to = s.Start + pre.Length - 1;
        }
        if (to - from < 10) return null;
        var kind = QuoteFinder.HasQuoteMark(Text, from, to) ? StatementKind.Mixed : StatementKind.Indirect;
        var words = Words(kind, "according to", from, to, ReportForm.AccordingTo, 0.95);
        return words is null ? null : (new Subject(mention, nameIndex, null, mention.TitleStart), words);
    }

    /// <summary>"… according to the Korean Central News Agency (KCNA).", "… according to the indictment, which was unsealed
    /// Tuesday.": after the name only its acronym in parentheses or a relative clause running to the sentence's end.</summary>
    private bool OnlyAcronymOrRelative(int from, int end)
    {
        var rest = Text.AsSpan(from, TrimEnd(from, end) - from).TrimStart();
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 1 and < 10)
            rest = rest[(close + 1)..].TrimStart();
        return rest.Length == 0 || rest.StartsWith(", which ", StringComparison.Ordinal) || rest.StartsWith(", who ", StringComparison.Ordinal);
    }

    /// <summary>"According to Yang Moo-jin, president of the University of North Korean Studies, the North …": the comma closing
    /// a description after the name (a noun such as president, analyst or professor in it, no verb), or null.</summary>
    private int? AppositiveEnd(int comma, int end)
    {
        var close = Text.IndexOf(',', comma + 1, Math.Min(120, end - comma - 1));
        if (close < 0 || Text.AsSpan(comma + 1, close - comma - 1).IndexOfAny(".;:\u201C\u201D\"") >= 0) return null;
        var describes = false;
        var count = 0;
        for (var k = TokenIndex.FirstAtOrAfter(doc.Tokens, comma); k < doc.Tokens.Count && doc.Tokens[k].End <= close; k++)
        {
            var norm = doc.Tokens[k].Norm;
            if (Auxiliaries.Contains(norm) && norm != "to" || ReportingVerbs.Lookup(norm) is not null || ++count > 14) return null;
            describes |= NameWords.DescriptionNouns.Contains(norm);
        }
        return describes ? close : null;
    }
}
