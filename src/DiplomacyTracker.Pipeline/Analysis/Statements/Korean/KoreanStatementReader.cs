using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who said what in Korean wire copy (Yonhap style). A sentence ending in a reporting verb ("말했다", "밝혔다",
/// "강조했다" …) reports a quote joined by "고"/"라고" (direct: `이재명 대통령은 "…"고 말했다.`, also chained with
/// "며": `"A"며 "B"고 말했다.`) or a clause ending in "다고" (indirect: `… 재개해야 한다고 말했다.`). The speaker is the
/// sentence's subject (<see cref="KoreanSpeakers"/>); without one, "그는" or a bare follow-up sentence continues the
/// speaker of the sentence just before. Anything less certain gives nobody anything.
/// </summary>
internal static class KoreanStatementReader
{
    private const int MaxSentenceLength = 1500;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "말했다", "밝혔다", "강조했다", "전했다", "덧붙였다", "지적했다", "설명했다", "했다", "언급했다", "주장했다", "촉구했다", "경고했다", "말한다", "밝힌다",
    };

    /// <summary>Reporting verbs inside an indirect clause ("…가 말했다고 전했다") make it a relayed report.</summary>
    private static readonly string[] ReportStems = ["말했", "밝혔", "강조했", "전했", "덧붙였", "지적했", "주장했", "설명했", "언급했"];

    private static readonly HashSet<string> QuoteLinks = new(StringComparer.Ordinal) { "고", "라고", "이라고" };
    private static readonly HashSet<string> ChainLinks = new(StringComparer.Ordinal) { "며", "라며", "이라며", "면서", "라면서", "이라면서" };

    /// <summary>Words that may open a sentence before its subject or stand for an omitted one ("이어", "18일", "회견에서").</summary>
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "이어", "또", "또한", "한편", "아울러", "특히", "그러면서", "앞서", "이날", "오늘", "어제", "지난", "오전", "오후", "이와", "관련해", "이에", "대해",
    };

    /// <summary>Nouns for people the article does not name: a sentence about them is never given to anyone.</summary>
    private static readonly string[] UnnamedHeads = ["관계자", "당국", "소식통", "측근", "전문가", "관리", "외교관", "인사", "매체", "외신", "정부는", "정부가"];

    public static List<Attributed> Read(AnalysedDocument doc, List<QuoteSpan> quotes, FuzzyDate? published)
    {
        var result = new List<Attributed>();
        if (!doc.Tokens.Any(t => t.Hangul)) return result;
        var speakers = new KoreanSpeakers(doc);
        var text = doc.Text;
        var tokens = doc.Tokens;
        (CatalogActor Actor, int SentenceEnd, FuzzyDate? SaidOn)? previous = null;
        FuzzyDate? lastNamed = null;
        for (var v = 0; v < tokens.Count; v++)
        {
            var relayed = RelayedBy(speakers, tokens, v);
            if (!(Verbs.Contains(tokens[v].Norm) || relayed > 0) || !EndsSentence(text, tokens[v].End) || QuoteFinder.Containing(quotes, tokens[v].Start) is not null) continue;
            var sentenceStart = SentenceStart(text, quotes, tokens[v].Start);
            if (sentenceStart < 0) { previous = null; continue; } // a run-on blob, not a sentence
            var sentenceEnd = tokens[v].End + (tokens[v].End < text.Length && text[tokens[v].End] == '.' ? 1 : 0);
            var found = relayed > 0
                ? ReadSentence(doc, quotes, speakers, relayed, tokens[relayed].Norm[..^1], sentenceStart, null, published, ref lastNamed)
                : ReadSentence(doc, quotes, speakers, v, tokens[v].Norm, sentenceStart, previous, published, ref lastNamed);
            if (found.Count == 0) { previous = null; continue; }
            result.AddRange(found);
            previous = (found[0].Speaker, sentenceEnd, found[0].Statement.SaidOn);
        }
        return result;
    }

    /// <summary>
    /// `김정은 위원장은 "…"고 말했다고 조선중앙통신이 29일 보도했다.`: a news agency (a catalog institution) relaying the
    /// subject's words. The index of the relayed verb ("말했다고"), or 0 when the sentence is not one.
    /// </summary>
    private static int RelayedBy(KoreanSpeakers speakers, IReadOnlyList<Token> tokens, int v)
    {
        if (tokens[v].Norm is not ("보도했다" or "전했다" or "밝혔다")) return 0;
        var k = v - 1;
        while (k > 0 && IsLead(tokens[k])) k--;
        if (k <= 0 || tokens[k].Norm[^1] is not ('이' or '가') || speakers.MentionAt(tokens[k].Start) is not { Actor.Kind: ActorKind.Institution } m
            || m.End != tokens[k].End - 1) return 0;
        var said = tokens[k - 1].Norm;
        return said.Length >= 4 && said.EndsWith('고') && Verbs.Contains(said[..^1]) ? k - 1 : 0;
    }

    private static List<Attributed> ReadSentence(AnalysedDocument doc, List<QuoteSpan> quotes, KoreanSpeakers speakers, int v, string cue, int sentenceStart,
        (CatalogActor Actor, int SentenceEnd, FuzzyDate? SaidOn)? previous, FuzzyDate? published, ref FuzzyDate? lastNamed)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, sentenceStart);
        // Up to three words between the link and the verb ("고 기자들에게 말했다"), none of them a name.
        var link = v - 1;
        while (link > first && link >= v - 4 && !IsLink(text, tokens, link) && speakers.MentionAt(tokens[link].Start) is null) link--;
        if (link < first || !IsLink(text, tokens, link)) return [];
        for (var k = link + 1; k < v; k++)
        {
            // `"…"라고 이 대통령은 말했다`: a subject after the quote is not read, and must not let the quote go to anyone else.
            var w = tokens[k].Norm;
            if (speakers.MentionAt(tokens[k].Start) is not null || QuoteFinder.HasQuoteMark(text, tokens[k].Start, tokens[k].End + 1)
                || w.Length == 1 || w[^1] is '은' or '는' or '이' or '가') return [];
        }
        var direct = QuoteLinks.Contains(tokens[link].Norm) && tokens[link].Start > 0 && text[tokens[link].Start - 1] is '"' or '\u201D';
        var pieces = new List<(int Start, int End, StatementKind Kind)>();
        int bodyStart;
        if (direct)
        {
            if (QuoteFinder.ClosingAt(quotes, tokens[link].Start - 1) is not { } q || q.Open < sentenceStart) return [];
            var chain = new List<QuoteSpan> { q };
            while (PreviousInChain(text, quotes, chain[0], sentenceStart) is { } earlier) chain.Insert(0, earlier);
            foreach (var c in chain) pieces.Add((c.ContentStart, c.ContentEnd, StatementKind.Direct));
            bodyStart = chain[0].Open;
        }
        else
        {
            bodyStart = tokens[link].Start; // refined below, after the subject
        }
        var before = TokenIndex.FirstAtOrAfter(tokens, bodyStart);
        var region = text.AsSpan(sentenceStart, Math.Max(0, bodyStart - sentenceStart));
        foreach (var head in UnnamedHeads)
            if (region.Contains(head, StringComparison.Ordinal)) return [];
        // The subject: the first phrase after lead words and dates.
        var s = first;
        while (s < before && (IsLead(tokens[s]) || AccordingTo(speakers, tokens, s))) s += AccordingTo(speakers, tokens, s) ? 2 : 1;
        KoreanSubject? subject = null;
        if (s < before) subject = speakers.Read(s, before);
        if (subject is null)
        {
            // "그는 …" or no subject at all: the speaker of the sentence just before, when nothing else is named here.
            var pronoun = s < before && tokens[s].Norm is "그는" or "그녀는";
            var k = pronoun ? s + 1 : s;
            if (previous is not { } p || p.SentenceEnd > sentenceStart || !string.IsNullOrWhiteSpace(text[p.SentenceEnd..sentenceStart])) return [];
            while (k < before && IsLead(tokens[k])) k++;
            if (direct && k < before) return [];
            // Indirect speech needs "그는": without a subject, "북한은 …다고 밝혔다" would be read as the last speaker's.
            if (!direct && (!pronoun || (k < before && speakers.MentionAt(tokens[k].Start) is not null))) return [];
            subject = new KoreanSubject(p.Actor, pronoun ? tokens[s].Norm : "", pronoun ? tokens[s].End : sentenceStart, pronoun ? 0.78 : 0.72);
        }
        else if (direct)
        {
            // Between the subject and the quote: circumstances only, no one else named, no second subject.
            var after = TokenIndex.FirstAtOrAfter(tokens, subject.End);
            if (before - after > 10) return [];
            for (var k = after; k < before; k++)
            {
                if (Through(speakers, tokens, k)) { k++; continue; } // "조선중앙통신을 통해": the channel, not a speaker
                if (IsCircumstance(tokens, k)) continue; // "청와대에서": a place, not a speaker
                if (speakers.ObjectPhrase(k, before) is var covered and > 0) { k += covered - 1; continue; } // "김정은 위원장을 향해"
                if (speakers.MentionAt(tokens[k].Start) is not null || tokens[k].Norm.EndsWith('은') || tokens[k].Norm.EndsWith('는')) return [];
            }
        }
        var dateEnd = bodyStart;
        if (!direct)
        {
            // The clause before "다고", after the subject and the time and place of the remark.
            var c = TokenIndex.FirstAtOrAfter(tokens, subject.End);
            while (c < link && (IsLead(tokens[c]) || IsCircumstance(tokens, c))) c++;
            if (c >= link) return []; // fewer than two words
            var end = tokens[link].End - 1; // "한다고" → "한다"
            if (QuoteFinder.HasQuoteMark(text, tokens[c].Start, end)) return [];
            for (var k = c; k <= link; k++)
                foreach (var stem in ReportStems)
                    if (tokens[k].Norm.StartsWith(stem, StringComparison.Ordinal)) return []; // a report inside the report: whose words, unclear
            pieces.Add((tokens[c].Start, end, StatementKind.Indirect));
            dateEnd = tokens[c].Start; // a date inside the clause dates what was said, not the saying
        }
        var said = KoreanDateReader.Read(text, sentenceStart, dateEnd, published, lastNamed);
        if (said is not null) lastNamed = said;
        // An undated sentence right after the same speaker's statement continues that remark and keeps its day.
        if (said is null && previous is { } prior && prior.Actor.Key == subject.Actor.Key && prior.SentenceEnd <= sentenceStart
            && string.IsNullOrWhiteSpace(text[prior.SentenceEnd..sentenceStart])) said = prior.SaidOn;
        said ??= published is { IsKnown: true } pub ? FuzzyDate.FromDay(pub.LocalDay, DatePhraseReader.ZoneOf(pub)) : null;
        var day = said?.LocalDay ?? doc.Day;
        var role = (day is { } d ? subject.Actor.RoleOn(d)?.Title : null) ?? subject.Actor.Roles.LastOrDefault()?.Title;
        var found = new List<Attributed>();
        foreach (var (start, end, kind) in pieces)
        {
            var (from, to) = Trim(text, start, end);
            if (to - from < 2) continue;
            var statement = new FoundStatement(subject.Actor.Key, subject.Actor.Name, role, kind, cue, text[from..to], said, from, to, subject.Confidence);
            found.Add(new Attributed(statement, subject.Actor, subject.Surface.Length > 0 ? subject.Surface : subject.Actor.Name));
        }
        return found;
    }

    private static bool IsLink(string text, IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Norm;
        if (QuoteLinks.Contains(word)) return tokens[k].Start > 0 && text[tokens[k].Start - 1] is '"' or '\u201D';
        return word.Length >= 3 && word.EndsWith("다고", StringComparison.Ordinal) && text[tokens[k].Start - 1] is not ('"' or '\u201D');
    }

    /// <summary>`"A"며 "B"고`: the quote before, joined by "며"/"라며"/"면서".</summary>
    private static QuoteSpan? PreviousInChain(string text, List<QuoteSpan> quotes, QuoteSpan q, int sentenceStart)
    {
        var i = q.Open - 1;
        while (i > sentenceStart && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i--;
        var wordEnd = i + 1;
        while (i > sentenceStart && WordTokenizer.IsHangul(text[i])) i--;
        if (i <= sentenceStart || text[i] is not ('"' or '\u201D') || !ChainLinks.Contains(text[(i + 1)..wordEnd])) return null;
        return QuoteFinder.ClosingAt(quotes, i) is { } before && before.Open >= sentenceStart ? before : null;
    }

    /// <summary>"조선중앙통신에 따르면": according to a named source, before the subject.</summary>
    private static bool AccordingTo(KoreanSpeakers speakers, IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Norm == "따르면" && tokens[k].Norm.EndsWith('에') && speakers.MentionAt(tokens[k].Start) is not null;

    /// <summary>"조선중앙통신을 통해": the channel a statement went out on.</summary>
    private static bool Through(KoreanSpeakers speakers, IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Norm == "통해" && tokens[k].Norm[^1] is '을' or '를' && speakers.MentionAt(tokens[k].Start) is not null;

    private static bool IsLead(Token t) =>
        LeadWords.Contains(t.Norm) || (t.Norm.Length >= 2 && char.IsDigit(t.Norm[0]) && t.Norm[^1] is '일' or '년' or '월' or '시')
        || (t.Norm.EndsWith("일에", StringComparison.Ordinal) && char.IsDigit(t.Norm[0]));

    /// <summary>"청와대에서 열린 회의에서", "기자들에게", "국회": where and to whom the remark was made, not the remark.</summary>
    private static bool IsCircumstance(IReadOnlyList<Token> tokens, int k)
    {
        var w = tokens[k].Norm;
        if (w.EndsWith("에서", StringComparison.Ordinal) || w.EndsWith("에게", StringComparison.Ordinal)) return true;
        return w is "열린" or "진행된" or "개최된" && k > 0 && tokens[k - 1].Norm.EndsWith("에서", StringComparison.Ordinal);
    }

    private static bool EndsSentence(string text, int end) =>
        end >= text.Length || text[end] is '.' or '\n' or '\r' or '!' || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '\n');

    /// <summary>After the last full stop, line break or dateline "=" before <paramref name="at"/>, outside quotes; -1 past 1,500 characters.</summary>
    private static int SentenceStart(string text, List<QuoteSpan> quotes, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (at - i > MaxSentenceLength) return -1;
            if (text[i] is not ('.' or '!' or '?' or '\n' or '=')) continue;
            if (QuoteFinder.Containing(quotes, i) is not null) continue;
            if (text[i] == '.' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) continue; // "2.5", "U.S."
            return i + 1;
        }
        return 0;
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.')) end--;
        return (start, end);
    }
}
