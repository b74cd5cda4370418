namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds every reporting clause of every sentence once, for all English sieves: a reporting verb outside quotes whose
/// grammatical subject is a mention, a pronoun or a definite description ("the president"), "according to X",
/// "X was quoted as saying", "“…,” said X". A subject inside another clause ("Officials said Kim warned") gives no report.
/// Which reports become statements, and whose, the sieves decide.
/// </summary>
internal static class ReportFinder
{
    public const int MaxSentenceLength = 1500;

    public static List<Report>[] Find(AnalysedDocument doc, StatementReader reader, Dictionary<int, Mention> byEnd)
    {
        var result = new List<Report>[doc.Sentences.Count];
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var s = doc.Sentences[n];
            result[n] = [];
            if (s.End - s.Start > MaxSentenceLength || IsPhotoCaption(doc.Text, s)) continue;
            var (first, last) = TokenRange(doc, s);
            for (var c = first; c < last; c++)
                if (At(doc, byEnd, reader, s, n, first, c, last) is { } report) result[n].Add(report);
        }
        return result;
    }

    private static readonly string[] CaptionMarks = ["(file image)", "(file photo)", "(file picture)", "(pictured)", "(pictured left)", "(pictured right)"];

    /// <summary>"… a UN report has warned (file image)": a photo caption, repeating the body; its words are no new statement.</summary>
    public static bool IsPhotoCaption(string text, Sentence s)
    {
        var span = text.AsSpan(s.Start, s.End - s.Start);
        foreach (var mark in CaptionMarks)
            if (span.Contains(mark, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static (int First, int Last) TokenRange(AnalysedDocument doc, Sentence s)
    {
        var first = TokenIndex.FirstAtOrAfter(doc.Tokens, s.Start);
        var last = first;
        while (last < doc.Tokens.Count && doc.Tokens[last].End <= s.End) last++;
        return (first, last);
    }

    private static Report? At(AnalysedDocument doc, Dictionary<int, Mention> byEnd, StatementReader reader, Sentence s, int n, int first, int c, int last)
    {
        var tokens = doc.Tokens;
        var token = tokens[c];
        if (QuoteFinder.Containing(doc.Quotes, token.Start) is not null) return null;
        if (token.Norm == "according" && c + 1 < last && tokens[c + 1].Norm == "to")
            return reader.According(s, c, last) is { } a ? new Report(n, c, a.Subject, a.Words) : null;
        if (token.Norm == "quoted") return QuotedAsSaying(doc, byEnd, reader, s, n, first, c, last);
        if (token.Norm == "went" && c + 1 < last && tokens[c + 1].Norm == "on") return WentOn(doc, byEnd, reader, s, n, first, c, last);
        if (token.Norm == "saying") return Saying(doc, reader, s, n, first, c, last);
        if (ReportingVerbs.At(token) is not { } cue) return null;
        var subject = SubjectFinder.Before(doc, byEnd, s.Start, first, c) ?? CoordinatedSubject(doc, s, first, c);
        if (subject is null)
            return reader.Inverted(s, c, last) is { } inv ? new Report(n, c, inv.Subject, inv.Words) : null;
        var pre = SubjectFinder.Classify(doc.Text, s.Start, subject.Start);
        if (pre == PreSubject.Invalid)
        {
            // "Moon said Kim Jong-un told him that …", "KCNA reported that Kim said …": the words are the one quoted, not the relay.
            if (!RelayedBy(doc, byEnd, s, first, subject)) return null;
            return reader.Read(s, subject, PreSubject.Start, c, last, cue) is { } relayed ? new Report(n, c, subject, relayed with { Form = ReportForm.Relayed }) : null;
        }
        return reader.Read(s, subject, pre, c, last, cue) is { } words ? new Report(n, c, subject, words) : null;
    }

    /// <summary>True when a named subject's report is itself the words of someone else's speech verb at the start of the sentence.</summary>
    private static bool RelayedBy(AnalysedDocument doc, Dictionary<int, Mention> byEnd, Sentence s, int first, Subject subject)
    {
        if (subject.Mention is not { Actor: not null } mention) return false;
        var tokens = doc.Tokens;
        var j = TokenIndex.FirstAtOrAfter(tokens, mention.TitleStart) - 1;
        if (j > first && tokens[j].Norm == "that") j--;
        if (j <= first || ReportingVerbs.At(tokens[j]) is not { ActsOnObject: false } || !WordTokenizer.OnlySpaces(doc.Text, tokens[j].End, tokens[j + 1].Start)) return false;
        if (SubjectFinder.Before(doc, byEnd, s.Start, first, j) is not { } relay || relay.Mention is null) return false;
        return SubjectFinder.Classify(doc.Text, s.Start, relay.Start) is PreSubject.Start or PreSubject.AfterComma;
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
        // "Kwon Ji-hwan, who fled North Korea in 2015, did free drawings for visitors and told CNN …": one appositive may follow the name.
        var clauseStart = mention.End;
        if (clauseStart < doc.Text.Length && doc.Text[clauseStart] == ',')
        {
            var close = doc.Text.IndexOf(',', clauseStart + 1, Math.Min(120, tokens[c - 1].Start - clauseStart - 1));
            if (close < 0) return null;
            clauseStart = close + 1;
        }
        var clause = doc.Text.AsSpan(clauseStart, tokens[c - 1].Start - clauseStart);
        if (clause.IndexOfAny(",;:\u201C\u201D\"") >= 0 || clause.Length > 80) return null;
        for (var k = TokenIndex.FirstAtOrAfter(tokens, mention.End); k < c - 1; k++)
            if (tokens[k].Norm is "and" or "that" or "who" or "which" || ReportingVerbs.At(tokens[k]) is { ActsOnObject: false }) return null;
        return new Subject(mention, TokenIndex.EndingAt(tokens, mention.End), null, mention.TitleStart);
    }

    /// <summary>"Kim was quoted as saying …" (speaker before) and "KCNA quoted Kim as saying …" (speaker after: Kim, not KCNA).</summary>
    private static Report? QuotedAsSaying(AnalysedDocument doc, Dictionary<int, Mention> byEnd, StatementReader reader, Sentence s, int n, int first, int c, int last)
    {
        var tokens = doc.Tokens;
        Subject? subject = null;
        var saying = -1;
        if (c + 2 < last && tokens[c + 1].Norm == "as" && tokens[c + 2].Norm == "saying" && c - 1 > first && tokens[c - 1].Norm is "was" or "is" or "been")
        {
            var aux = tokens[c - 1].Norm == "been" && c - 2 > first ? c - 2 : c - 1;
            subject = SubjectFinder.Before(doc, byEnd, s.Start, first, aux);
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
        var pre = SubjectFinder.Classify(doc.Text, s.Start, subject.Start);
        if (pre == PreSubject.Invalid) pre = PreSubject.Start;
        var words = reader.Read(s, subject, pre, saying, last, new ReportingCue("quoted as saying", false));
        // "“This exercise … is a flagrant challenge,” Yonhap quoted KCNA as saying.": the quote opening the sentence.
        words ??= QuoteBefore(doc, s, tokens[c].Start) is { } q
            ? new ReportWords(q.ContentStart, q.ContentEnd, StatementKind.Direct, "quoted as saying", ReportForm.QuotedAsSaying)
            : null;
        return words is null ? null : new Report(n, c, subject, words with { Form = ReportForm.QuotedAsSaying });
    }

    /// <summary>The quote that opens the sentence and closes before <paramref name="before"/> with a comma, or null.</summary>
    private static QuoteSpan? QuoteBefore(AnalysedDocument doc, Sentence s, int before)
    {
        if (doc.Text[s.Start] is not ('\u201C' or '"') || QuoteFinder.OpeningAt(doc.Quotes, s.Start) is not { } q || q.Close >= before) return null;
        var between = doc.Text.AsSpan(q.Close + 1, before - q.Close - 1);
        return between.Length < 40 && (doc.Text[q.Close - 1] == ',' || between.TrimStart().StartsWith(",")) ? q : null;
    }

    /// <summary>
    /// "Kim took questions from foreign reporters, saying through a translator that …", "He praised the deal, saying …": a
    /// participle after a comma reports the words of the clause's subject — a name or "he"/"she" opening the sentence (or
    /// its clause after an introductory comma), with no other comma, quote, "who"/"which"/"that" or reporting verb before it.
    /// </summary>
    private static Report? Saying(AnalysedDocument doc, StatementReader reader, Sentence s, int n, int first, int c, int last)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        if (c - 1 <= first || !text.AsSpan(tokens[c - 1].End, tokens[c].Start - tokens[c - 1].End).Trim().SequenceEqual(",")) return null;
        Subject? subject = null;
        if (tokens[first].Norm is "he" or "she" && tokens[first].Start == s.Start) subject = new Subject(null, first, tokens[first].Norm, tokens[first].Start);
        else
        {
            for (var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); m < doc.Mentions.Count && doc.Mentions[m].End < tokens[c].Start; m++)
            {
                var mention = doc.Mentions[m];
                if (mention.NotSubject || SubjectFinder.Classify(text, s.Start, mention.TitleStart) is not (PreSubject.Start or PreSubject.AfterComma)) continue;
                subject = new Subject(mention, TokenIndex.EndingAt(tokens, mention.End), null, mention.TitleStart);
                break;
            }
        }
        if (subject is null) return null;
        var from = subject.Mention?.End ?? tokens[first].End;
        if (text.AsSpan(from, tokens[c - 1].End - from).IndexOfAny(",;:\u201C\u201D\"") >= 0) return null;
        for (var k = TokenIndex.FirstAtOrAfter(tokens, from); k < c; k++)
            if (tokens[k].Norm is "who" or "which" or "that" or "and" || ReportingVerbs.At(tokens[k]) is { ActsOnObject: false }) return null;
        var words = reader.Read(s, subject, PreSubject.Start, c, last, new ReportingCue("saying", false));
        if (words is null || words.Form != ReportForm.OwnClause && words.Form != ReportForm.SpeakerThenQuote) return null;
        if (words.Form == ReportForm.SpeakerThenQuote && words.GapStart < 0)
        {
            // "saying “we'll ultimately have a deal,” but that “it doesn't mean …”": the words go on after the first quote.
            var end = s.End;
            while (end > words.End + 1 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?')) end--;
            var rest = text.AsSpan(words.End + 1, end - words.End - 1).Trim(" ,\u201D\"");
            if (rest.Count(' ') >= 2) words = words with { Start = words.Start - 1, End = end, Kind = StatementKind.Mixed };
        }
        return new Report(n, c, subject, words with { Form = ReportForm.Participle });
    }

    /// <summary>"“I hope …,” the North Korean leader went on.": "went on" as a reporting verb.</summary>
    private static Report? WentOn(AnalysedDocument doc, Dictionary<int, Mention> byEnd, StatementReader reader, Sentence s, int n, int first, int c, int last)
    {
        if (SubjectFinder.Before(doc, byEnd, s.Start, first, c) is not { } subject) return null;
        var pre = SubjectFinder.Classify(doc.Text, s.Start, subject.Start);
        if (pre == PreSubject.Invalid) return null;
        var words = reader.Read(s, subject, pre, c + 1, last, new ReportingCue("went on", true));
        return words is null ? null : new Report(n, c, subject, words with { Cue = "went on" });
    }
}
