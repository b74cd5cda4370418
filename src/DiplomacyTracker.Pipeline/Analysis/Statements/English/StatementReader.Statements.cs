using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// The second half of <see cref="StatementReader"/>: making a statement of the words read (pieces, continuations, the
/// speaker's role), trimming them (captions, credits, the reporter's tail) and the day of speaking, with the clause-shape
/// tests the readers share.
/// </summary>
internal sealed partial class StatementReader
{
    private static readonly HashSet<string> HabitualWords = new(StringComparer.Ordinal) { "repeatedly", "often", "always", "long", "frequently", "consistently" };

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
