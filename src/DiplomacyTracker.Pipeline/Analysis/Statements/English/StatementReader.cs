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
internal sealed class StatementReader(AnalysedDocument doc, List<QuoteSpan> quotes)
{

    private static readonly HashSet<string> HabitualWords = new(StringComparer.Ordinal) { "repeatedly", "often", "always", "long", "frequently", "consistently" };

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

    /// <summary>One clause of a split statement, with its own kind and speaker.</summary>
    public FoundStatement? Piece(FoundStatement whole, CatalogActor speaker, string cue, int start, int end, Sentence s)
    {
        var kind = QuoteFinder.HasQuoteMark(Text, start, end) ? StatementKind.Mixed : StatementKind.Indirect;
        var made = Make(speaker, kind, whole.SpeakerKey == speaker.Key ? whole.Cue : cue, start, end, s, whole.Confidence);
        return made is null ? null : made with { SaidOn = whole.SaidOn, Sieve = whole.Sieve };
    }

    /// <summary>A further quote by the previous direct speaker, slightly less certain.</summary>
    public FoundStatement? Continue(FoundStatement previous, QuoteSpan quote, Sentence s)
    {
        var speaker = new CatalogActor(previous.SpeakerKey, null, previous.SpeakerName, ActorKind.Person, null, null, [], []);
        var made = Make(speaker, StatementKind.Direct, previous.Cue, quote.ContentStart, quote.ContentEnd, s, Math.Min(previous.Confidence, 0.72));
        return made is null ? null : made with { Role = previous.Role, SaidOn = previous.SaidOn };
    }

    /// <summary>The statement the words make once their speaker is known: the day said, the role held that day.</summary>
    public FoundStatement Materialize(ReportWords words, CatalogActor speaker, double confidence, Sentence s)
    {
        var made = Build(speaker, words.Kind, words.Cue, words.Start, words.End, s, confidence * words.ConfidenceFactor);
        if (words.GapStart < 0) return made;
        var first = Text[words.Start..words.GapStart].TrimEnd(' ', ',', '\u201D', '"');
        var second = Text[words.GapEnd..words.End].TrimStart(' ', '\u201C', '"');
        return made with { Text = first + " \u2026 " + second };
    }

    /// <summary>"[YONHAP]", "(AP Photo/Ahn Young-joon)", "Photo by …": a photo credit, the end of a caption.</summary>
    private static readonly System.Text.RegularExpressions.Regex PhotoCredit = new(
        @"\[[^\]\n]{0,40}(?:YONHAP|Yonhap|NEWS1|News1|NEWSIS|Newsis|AP|AFP|EPA|Reuters|REUTERS|KCNA|Xinhua|XINHUA|Getty|GETTY|JOINT PRESS|Photo|PHOTO)[^\]\n]{0,40}\]"
        + @"|\((?:[^)\n]{0,30}/)?(?:Yonhap|YONHAP|AP|AFP|EPA|Reuters|KCNA|Xinhua|Getty Images)(?: Photo)?(?:/[^)\n]{0,30})?\)"
        + @"|\b(?:Photo|PHOTO)(?:graph)? (?:by|courtesy of|provided by) ",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A photo caption that a scrape ran into the words ("… anytime. Lee speaks in Seoul on Tuesday. [YONHAP] The door is
    /// open"): the caption's sentence and its credit, or an inline credit alone, as a gap the text leaves out; null when none.
    /// </summary>
    private (int Start, int End)? Caption(int start, int end)
    {
        if (end - start < 8 || PhotoCredit.Match(Text, start, end - start) is not { Success: true } credit) return null;
        var creditEnd = credit.Index + credit.Length;
        var n = doc.SentenceAt(credit.Index);
        if (n < 0) return (credit.Index, creditEnd);
        var sentence = doc.Sentences[n];
        if (string.IsNullOrWhiteSpace(Text[sentence.Start..credit.Index]) && n > 0 && doc.Sentences[n - 1].Start >= start)
            return (doc.Sentences[n - 1].Start, creditEnd); // "… Tuesday. [YONHAP]": the sentence before is the caption
        if (Text[creditEnd..sentence.End].Trim(' ', '.', ',') is "" or "\u201D" or "\"" && sentence.Start > start)
            return (sentence.Start, creditEnd); // "Lee speaks in Seoul [YONHAP]."
        return (credit.Index, creditEnd); // "as planned (AP Photo/…)"
    }

    /// <summary>Trimmed words of a report, or null when fewer than three characters are left.</summary>
    private ReportWords? Words(StatementKind kind, string cue, int start, int end, ReportForm form, double factor = 1.0, (int Start, int End)? gap = null)
    {
        (start, end) = Trim(start, end);
        if (Caption(start, end) is { } caption)
        {
            if (caption.Start <= start) (start, end) = Trim(caption.End, end);
            else if (caption.End >= end) (start, end) = Trim(start, caption.Start);
            else if (gap is null) gap = (caption.Start, caption.End);
            else end = caption.Start;
        }
        if (end - start < 3) return null;
        return gap is { } g && start < g.Start && g.End < end
            ? new ReportWords(start, end, kind, cue, form, factor, g.Start, g.End)
            : new ReportWords(start, end, kind, cue, form, factor);
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is ',' or '.' or ';' or ':')) end--;
        return (start, TrimReporterTail(start, end));
    }

    private FoundStatement? Make(CatalogActor speaker, StatementKind kind, string cue, int start, int end, Sentence s, double confidence)
    {
        (start, end) = Trim(start, end);
        return end - start < 3 ? null : Build(speaker, kind, cue, start, end, s, confidence);
    }

    private FoundStatement Build(CatalogActor speaker, StatementKind kind, string cue, int start, int end, Sentence s, double confidence)
    {
        var said = SaidOn(s, start, end);
        var day = said?.LocalDay ?? doc.Day;
        var role = (day is { } d ? speaker.RoleOn(d)?.Title : null) ?? RoleFromArticle(speaker) ?? speaker.Roles.LastOrDefault()?.Title;
        return new FoundStatement(speaker.Key, speaker.Name, role, kind, cue, Text[start..end], said, start, end, Math.Round(confidence, 2));
    }

    private string? RoleFromArticle(CatalogActor speaker) =>
        doc.Discovered.FirstOrDefault(d => d.Actor.Key == speaker.Key)?.Role ?? doc.AppositiveRoles.GetValueOrDefault(speaker.Key);

    /// <summary>
    /// The day of speaking: a relative phrase ("on Friday", "earlier this week") or "on October 3" in the reporting clause —
    /// never one inside the words, which date what was talked about ("talks … on Monday" said on Friday; "it will start on
    /// June 12"). Habitual speech ("has repeatedly stated") has no date; otherwise the publication day.
    /// </summary>
    private FuzzyDate? SaidOn(Sentence s, int wordsStart, int wordsEnd)
    {
        bool Inside(int offset) => offset >= wordsStart && offset < wordsEnd;
        var first = TokenIndex.FirstAtOrAfter(doc.Tokens, s.Start);
        for (var i = first; i < doc.Tokens.Count && doc.Tokens[i].End <= s.End; i++)
            if (!Inside(doc.Tokens[i].Start) && HabitualWords.Contains(doc.Tokens[i].Norm) && (doc.Tokens[i].Norm != "long" || (i > first && doc.Tokens[i - 1].Norm is "has" or "have" or "had")))
                return null;
        foreach (var phrase in doc.DatesIn(s.Start, s.End, future: false))
        {
            if (Inside(phrase.Start) && !DatesTheReport(wordsStart, phrase.Start)) continue;
            if (phrase.Relative) return phrase.From;
            if (phrase.From.Precision == DatePrecision.Day && phrase.Start >= 3 && Text.AsSpan(phrase.Start - 3, 3).SequenceEqual("on ")) return phrase.From;
        }
        return doc.Published is { IsKnown: true } p ? FuzzyDate.FromDay(p.LocalDay, DatePhraseReader.ZoneOf(p)) : null;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "will", "would", "could", "should", "can", "may", "might", "must", "shall", "is", "was", "are", "were", "be", "been",
        "has", "have", "had", "did", "does", "do", "to",
    };

    /// <summary>
    /// "slammed joint military drills on Friday, calling them …": a date inside the words, outside quotes, before any verb
    /// of their own, dates the report; "talks would open on Monday" (after "would") dates what was talked about.
    /// </summary>
    private bool DatesTheReport(int wordsStart, int date)
    {
        if (QuoteFinder.Containing(quotes, date) is not null) return false;
        var first = TokenIndex.FirstAtOrAfter(doc.Tokens, wordsStart);
        // "he expects a summit early next year", "On next Tuesday, Lee will travel": the words' own clause.
        if (first >= doc.Tokens.Count || doc.Tokens[first].Norm is "he" or "she" or "it" or "they" or "we" or "i" or "there") return false;
        var k = first;
        for (; k < doc.Tokens.Count && doc.Tokens[k].Start < date; k++)
        {
            var norm = doc.Tokens[k].Norm;
            if (Auxiliaries.Contains(norm) || (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal))) return false;
        }
        return k - first >= 2;
    }

    private Mention? MentionStartingAt(int offset)
    {
        var i = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, offset);
        if (i < doc.Mentions.Count && doc.Mentions[i].Start == offset) return doc.Mentions[i];
        foreach (var m in doc.Mentions.Skip(Math.Max(0, i - 1)).Take(3))
            if (m.TitleStart == offset) return m;
        return null;
    }

    private QuoteSpan? QuoteBefore(int offset)
    {
        var i = offset - 1;
        while (i >= 0 && (char.IsWhiteSpace(Text[i]) || Text[i] == ',')) i--;
        return i >= 0 && Text[i] is '\u201D' or '"' ? QuoteFinder.ClosingAt(quotes, i) : null;
    }


    /// <summary>"…, Kang said" / "…, presidential spokesman Kim Eui-kyeom told reporters" at the end is attribution, not content.</summary>
    private int TrimReporterTail(int start, int end)
    {
        var comma = Text.LastIndexOf(',', end - 1, end - start);
        if (comma <= start || QuoteFinder.Containing(quotes, comma) is not null) return end;
        var tail = Text.AsSpan(comma + 1, end - comma - 1).Trim();
        if (tail.Count(' ') > 6) return end;
        var tokens = doc.Tokens;
        for (var k = TokenIndex.FirstAtOrAfter(tokens, comma); k < tokens.Count && tokens[k].End <= end; k++)
            if (ReportingVerbs.At(tokens[k]) is not null && k > 0 && doc.Mentions.Any(m => m.End == tokens[k - 1].End || (m.End <= tokens[k].Start && m.Start > comma)))
                return comma;
        return end;
    }

    /// <summary>
    /// "Lee thanked Trump and said …": the words hold someone's own report — a speech verb (not an act such as
    /// "rejected a proposal") after a named subject or a pronoun — so they are that person's, not the outer speaker's.
    /// </summary>
    private bool ReportsSomeoneElse(int from, int to)
    {
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, from);
        for (var k = first; k < tokens.Count && tokens[k].End <= to; k++)
        {
            if (ReportingVerbs.At(tokens[k]) is not { } cue || cue.ActsOnObject || QuoteFinder.Containing(quotes, tokens[k].Start) is not null) continue;
            var j = k - 1;
            while (j >= first && (ReportingVerbs.IsFiller(tokens[j].Norm) || tokens[j].Norm is "and" or "but")) j--;
            if (j < first) return true;
            if (tokens[j].Norm is "he" or "she" or "it" or "they" || doc.Mentions.Any(m => m.End == tokens[j].End) || tokens[j].Capitalized) return true;
        }
        return false;
    }

    /// <summary>"Lee also “suggested pursuing a meeting …,” Kang explained": the quote opens on a reporting verb whose subject
    /// is the name (or "he"/"she") just before it — the words are that person's, relayed, not the one named after.</summary>
    private bool QuotedVerbOfSomeoneElse(int from, QuoteSpan last)
    {
        var tokens = doc.Tokens;
        foreach (var q in quotes)
        {
            if (q.Open < from || q.Open > last.Open) continue;
            var k = TokenIndex.FirstAtOrAfter(tokens, q.ContentStart);
            if (k >= tokens.Count || tokens[k].Start >= q.Close || ReportingVerbs.Lookup(tokens[k].Norm) is null) continue;
            var j = k - 1;
            while (j >= 0 && tokens[j].Start >= from && ReportingVerbs.IsFiller(tokens[j].Norm)) j--;
            // "Lee also “suggested …”", "Trump, who “lauded …”": the verb's subject is written just before the quote.
            if (j >= 0 && tokens[j].Start >= from && (tokens[j].Norm is "he" or "she" or "who" || doc.Mentions.Any(m => m.End == tokens[j].End))) return true;
        }
        return false;
    }

    /// <summary>"“A,” Moon said at his press conference, “B.”": a quote reopening after a comma later in the sentence.</summary>
    private QuoteSpan? LaterQuote(int from, int end)
    {
        var open = Text.IndexOfAny(['\u201C', '"'], from, Math.Max(0, end - from));
        if (open < 2 || Text[open - 2] != ',' || QuoteFinder.OpeningAt(quotes, open) is not { } q) return null;
        var between = Text.AsSpan(from, open - from);
        return between.Length < 120 && !between.Contains(" said", StringComparison.Ordinal) ? q : null;
    }

    /// <summary>Index of a "that" within <paramref name="max"/> tokens, not crossing a comma or quote; else -1.</summary>
    private int ThatWithin(int next, int last, int max)
    {
        var tokens = doc.Tokens;
        for (var k = next; k < last && k < next + max; k++)
        {
            if (tokens[k].Norm == "that") return k;
            if (k + 1 < last && Text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).IndexOfAny(",;:\"\u201C\u201D") >= 0) return -1;
        }
        return -1;
    }

    /// <summary>"urged the US to take", "called on Pyongyang to return": a to-infinitive within <paramref name="max"/> tokens.</summary>
    private bool InfinitiveWithin(int next, int last, int max)
    {
        var tokens = doc.Tokens;
        for (var k = next; k + 1 < last && k < next + max; k++)
            if (tokens[k].Norm == "to" && !tokens[k + 1].Capitalized && tokens[k + 1].Norm is not ("the" or "a" or "an" or "its" or "their" or "his" or "her")) return true;
        return false;
    }

    /// <summary>"thanked Xi for calling him", "blamed open hostility from North Korea for his decision": the reason given.</summary>
    private bool ReasonWithin(int next, int last, int max)
    {
        for (var k = next + 1; k < last && k < next + max; k++)
            if (doc.Tokens[k].Norm == "for") return true;
        return false;
    }

    /// <summary>"denounced the launches as acts that threaten peace", "dismissed the report as fake": what the object was called.</summary>
    private bool PredicateWithin(int next, int last, int max)
    {
        var tokens = doc.Tokens;
        for (var k = next + 1; k + 1 < last && k < next + max; k++)
        {
            if (tokens[k].Norm == "as" && tokens[k + 1].Norm is not ("well" or "part" or "soon" or "long")) return true;
            // "slammed the drills on Friday, calling them a rehearsal for invasion"
            if (tokens[k].Norm is "calling" or "describing" or "labeling" or "labelling" or "branding"
                && Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim().SequenceEqual(",")) return true;
        }
        return false;
    }

    private bool StartsWithPronounClause(int next, int last) =>
        next < last && doc.Tokens[next].Norm is "he" or "she" or "it" or "they" or "we" or "i" or "there";

    /// <summary>Only a few words left and no verb-like content ("Kim said on Friday." / "… he told reporters.").</summary>
    private bool IsTail(int from, int to)
    {
        var span = Text.AsSpan(from, Math.Max(0, to - from)).Trim();
        return span.Length == 0 || (span.Count(' ') < 2 && span.IndexOfAny("\u201C\"") < 0 && !char.IsUpper(span[0]) && span.Length < 20);
    }

    private string ReportingCueText(Subject subject, int cueIndex, string verb)
    {
        var tokens = doc.Tokens;
        var k = cueIndex - 1;
        var words = new List<string>();
        while (k > subject.TokenIndex && ReportingVerbs.IsFiller(tokens[k].Norm) && words.Count < 3) words.Insert(0, tokens[k--].Norm);
        return words.Count > 0 && words[0] is "has" or "have" or "had" ? string.Join(' ', words) + " " + verb : verb;
    }

    private int SkipSpaceAndPunctuation(int pos, int end)
    {
        while (pos < end && (char.IsWhiteSpace(Text[pos]) || Text[pos] is ',' or ':' or '\u2014' or '\u2013')) pos++;
        return pos;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is '.' or '!' or '?' or ',')) end--;
        return end;
    }
}
