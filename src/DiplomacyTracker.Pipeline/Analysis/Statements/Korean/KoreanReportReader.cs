namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads the report of speech in one Korean sentence by its grammar, right to left: the reporting verb (the sentence's
/// last word, "말했다"/"말했습니다", or "말해"/"밝히며" mid-sentence), the quotative ending before it ("…"고", "…"라고",
/// "…다고"; "…"라며 + an act; "…"는 입장을 밝혔다), the quotes chained before that ("A"며 "B"고, "A"고 했고 … "B"고),
/// and the subject: before the words, between them and the verb ("…다고 위 실장은 밝혔다"), or left out. A reported
/// clause whose own verb reports speech ("…"고 말했다고 …이 전했다") is read again as the relayed report.
/// </summary>
internal static class KoreanReportReader
{
    private const int MaxSentence = 1500;

    /// <summary>Nouns of a stance taken in words ("“존중한다”는 입장을 밝혔다", "“…”는 취지의 반응을 보였다").</summary>
    private static readonly string[] StanceNouns = ["입장", "뜻", "의지", "취지", "견해", "반응", "의사", "메시지", "생각", "방침", "설명", "말", "문구", "글", "주장", "분석", "전망", "평가"];

    /// <summary>Verbs of an appeal whose object is the request ("…노력해줄 것을 당부했다").</summary>
    private static readonly string[] AppealStems = ["촉구", "당부", "요구", "요청", "호소", "제시"];

    /// <summary>Verbs whose "…라고" object is a characterization, kept with the words ("…목적이라고 반박했다").</summary>
    private static readonly string[] CharacterizingStems = ["반박", "규정", "비판", "비난", "일축", "경계", "촉구", "당부", "요구", "지적", "평가"];

    public static KoreanReport? Read(KoreanReading r, int n)
    {
        var doc = r.Doc;
        var s = doc.Sentences[n];
        if (s.End - s.Start > MaxSentence) return null;
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
        var end = first;
        while (end < tokens.Count && tokens[end].End <= s.End) end++;
        if (end - first < 2) return null;
        var v = end - 1;
        if (!r.Subjects.InQuote(v) && Clause(r, n, first, v, main: true) is { } report) return report;
        // "…"고 말해 여운을 남겼다": a reporting verb in the middle of the sentence.
        for (var k = first + 1; k < end - 1; k++)
        {
            if (r.Subjects.InQuote(k) || r.ClosingBefore(tokens[k].Start) is null || !KoreanWords.IsQuoteLink(tokens[k].Norm)) continue;
            var verb = KoreanWords.IsReporting(tokens[k + 1].Norm) ? k + 1 : k + 2 < end && KoreanWords.IsReporting(tokens[k + 2].Norm) ? k + 2 : -1;
            if (verb > 0 && !KoreanWords.IsFinal(tokens[verb].Norm) && Clause(r, n, first, verb, main: false) is { Kind: StatementKind.Direct } mid) return mid;
        }
        return null;
    }

    /// <summary>The report whose verb is token <paramref name="v"/>, reading tokens [first, v).</summary>
    private static KoreanReport? Clause(KoreanReading r, int n, int first, int v, bool main)
    {
        var doc = r.Doc;
        var tokens = doc.Tokens;
        var text = doc.Text;
        var verb = tokens[v].Norm;
        var link = -1;
        var kind = StatementKind.Direct;
        var act = false;
        var stance = false;
        var fromQuote = false;
        QuoteSpan? stray = null;
        for (var k = v - 1; k >= first && v - k <= 11; k--)
        {
            if (r.Subjects.InQuote(k)) break;
            var w = tokens[k].Norm;
            if (KoreanWords.IsQuoteLink(w) && r.ClosingBefore(tokens[k].Start) is null && tokens[k].Start > 0 && text[tokens[k].Start - 1] is '"' or '\u201D'
                && r.Before(tokens[k].Start) is { } opened && opened.Open >= doc.Sentences[n].Start)
            {
                // `"A"이라며 … 당부하겠다"고`: a closing mark the writer left unopened; the words run from the quote before it.
                (link, kind, stray) = (k, StatementKind.Mixed, opened);
                fromQuote = true;
                break;
            }
            if (r.ClosingBefore(tokens[k].Start) is not null)
            {
                if (KoreanWords.IsQuoteLink(w)) link = k;
                else if (KoreanWords.IsChainLink(w)) (link, kind, act) = (k, StatementKind.Mixed, true);
                else if (w is "는" or "라는" or "이라는" or "다는" or "란" or "이란") (link, kind, stance) = (k, StatementKind.Mixed, true);
                if (link >= 0) { fromQuote = true; break; }
                continue;
            }
            if (KoreanWords.IsIndirectLink(w)) { (link, kind) = (k, StatementKind.Indirect); break; }
            if (w.Length >= 3 && (w.EndsWith("다는", StringComparison.Ordinal) || w.EndsWith("라는", StringComparison.Ordinal)) && StanceAfter(tokens, k, v))
            {
                (link, kind, stance) = (k, StatementKind.Indirect, true); // "…작다는 생각을 내비쳤다"
                break;
            }
        }
        var appeal = false;
        if (link < 0)
        {
            // "…노력해줄 것을 당부했다": an appeal, its object the words.
            if (!main || v - 1 < first || !AppealStems.Any(a => verb.StartsWith(a, StringComparison.Ordinal)) || tokens[v - 1].Norm[^1] is not ('을' or '를')) return null;
            (link, kind, appeal) = (v, StatementKind.Indirect, true);
        }
        var fillers = Math.Max(0, v - link - 1);
        var fillerSubject = fillers > 0 ? r.Subjects.First(link + 1, v) : null;
        if (fillerSubject is { Kind: SubjectKind.Other }) fillerSubject = null;
        if (fillers > 4 && fillerSubject is null) return null;
        var reports = KoreanWords.IsReporting(verb);
        var ok = appeal || kind switch
        {
            _ when stray is not null || kind == StatementKind.Direct => reports || (KoreanWords.IsFinal(verb) && fillers <= 2),
            StatementKind.Indirect => reports || (stance && (verb.StartsWith("보였", StringComparison.Ordinal) || verb.StartsWith("나타냈", StringComparison.Ordinal))),
            _ when act => main && KoreanWords.IsFinal(verb) && fillerSubject is null,
            _ => (reports || verb.StartsWith("보였", StringComparison.Ordinal) || verb.StartsWith("나타냈", StringComparison.Ordinal))
                && Enumerable.Range(link + 1, fillers).Any(k => StanceNouns.Any(sn => tokens[k].Norm.StartsWith(sn, StringComparison.Ordinal))),
        };
        if (!ok) return null;
        List<(int, int)> pieces;
        int contentToken;
        KoreanSubject? subject;
        if (fromQuote)
        {
            var chain = stray is { } s ? [s] : Chain(r, r.ClosingBefore(tokens[link].Start)!.Value, doc.Sentences[n].Start);
            pieces = kind == StatementKind.Direct ? chain.Select(c => (c.ContentStart, c.ContentEnd)).ToList()
                : stray is not null ? [(chain[0].Open, tokens[link].Start - 1)] : [(chain[0].Open, tokens[v].End)];
            contentToken = TokenIndex.FirstAtOrAfter(tokens, chain[0].Open);
            subject = fillerSubject ?? Unless(r.Subjects.First(first, contentToken), tokens, first);
            // `이재명 대통령은 김정은 위원장이 "…"`: a second speaker before the words leaves them to nobody.
            if (fillerSubject is null && subject is not null && r.Subjects.First(subject.Last + 1, contentToken) is { Kind: not SubjectKind.Other }) return null;
            // `이재명 대통령은 김정은 "…"`: a name right before the words, with no particle, may be whose words they are.
            if (fillerSubject is null && subject is not null && NamedRightBefore(r, subject.Last + 1, contentToken)) return null;
        }
        else
        {
            subject = fillerSubject ?? Unless(r.Subjects.First(first, link), tokens, first);
            contentToken = SkipCircumstances(r, fillerSubject is null && subject is not null ? subject.Last + 1 : first, link);
            if (contentToken > link || (contentToken == link && appeal)) return null;
            var clauseEnd = appeal || stance ? tokens[v].End : tokens[link].End - KoreanWords.QuotativeLength(tokens[link].Norm);
            pieces = [(tokens[contentToken].Start, clauseEnd)];
            if (QuoteFinder.HasQuoteMark(text, tokens[contentToken].Start, clauseEnd) || HasSingleQuote(text, tokens[contentToken].Start, clauseEnd)) kind = StatementKind.Mixed;
        }
        // `로이터통신은 백악관 관계자를 인용해 "…"`: the words are the one cited, not the relay's.
        if (subject is not null && fillerSubject is null && Enumerable.Range(subject.Last + 1, Math.Max(0, contentToken - subject.Last - 1))
            .Any(k => tokens[k].Norm.StartsWith("인용", StringComparison.Ordinal))) return null;
        // `이재명 대통령과 트럼프 대통령은 "…"`: two speakers joined; the words are not one person's.
        if (subject is { Kind: SubjectKind.Speaker } && JoinedBefore(r, fillerSubject is not null ? link + 1 : first, subject.First)) return null;
        var shape = fillerSubject is not null ? ReportShape.ContentFirst : subject is null ? ReportShape.Omitted : ReportShape.SubjectFirst;
        var sentence = doc.Sentences[n];
        var (dateFrom, dateTo) = shape == ReportShape.ContentFirst ? (tokens[link].End, tokens[v].End) : (sentence.Start, pieces[0].Item1);
        var report = new KoreanReport(n, kind, pieces, v, shape, subject, tokens[contentToken].Start, dateFrom, dateTo)
        {
            FromClause = !fromQuote,
            WithVerb = appeal || stance || (kind != StatementKind.Direct && tokens[link].Norm.EndsWith("라고", StringComparison.Ordinal)
                && CharacterizingStems.Any(c => verb.StartsWith(c, StringComparison.Ordinal))),
            PointsBack = Enumerable.Range(first, Math.Max(0, contentToken - first)).Any(k => tokens[k].Norm == "이같이" && k + 1 < tokens.Count && KoreanWords.IsReporting(tokens[k + 1].Norm)),
        };
        if (report.WithVerb && !appeal) report = report with { Pieces = [(pieces[0].Item1, tokens[v].End)] };
        var relayed = KoreanWords.IsReporting(tokens[link].Norm) || tokens[link].Norm.StartsWith("보였", StringComparison.Ordinal) || tokens[link].Norm.StartsWith("나타냈", StringComparison.Ordinal);
        return report.FromClause && !appeal && relayed ? Relay(r, n, report, first, link) : report;
    }

    /// <summary>
    /// "…"고 말했다고 교도통신이 전했다", "신화통신은 시 주석이 "…"고 했다고 보도했다": the reported clause is itself a
    /// report; its words go to its own subject. A relay of someone unnamed or left out gives nothing.
    /// </summary>
    private static KoreanReport? Relay(KoreanReading r, int n, KoreanReport outer, int first, int link)
    {
        var from = outer.Shape == ReportShape.SubjectFirst ? outer.Subject!.Last + 1 : first;
        if (Clause(r, n, from, link, main: false) is not { } inner) return outer; // "…추진하기로 했다고 위 실장은 밝혔다": no report inside
        return inner.Shape == ReportShape.Omitted ? null : outer with { Inner = inner };
    }

    /// <summary>
    /// "그러면서 북한의 유일한 선택지는 …이라고 강조했다": after a word that continues the last speaker, a subject that names
    /// no one belongs to the words, and the sentence has none of its own.
    /// </summary>
    private static KoreanSubject? Unless(KoreanSubject? subject, IReadOnlyList<Token> tokens, int first)
    {
        if (subject is not { Kind: SubjectKind.Other }) return subject;
        for (var k = first; k < subject.First; k++)
            if (KoreanWords.Continues(tokens[k].Norm)) return null;
        return subject;
    }

    /// <summary>True when a name with no particle ends right before token <paramref name="to"/> (`김정은 "…"`).</summary>
    private static bool NamedRightBefore(KoreanReading r, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (r.Subjects.Named(k, to) is not { } named) continue;
            if (named.Last == to - 1 && named.Particle.Length == 0) return true;
            k = named.Last;
        }
        return false;
    }

    /// <summary>True when a name joined by "과/와" ends right before the subject at token <paramref name="subjectFirst"/> (`이 대통령과 트럼프 대통령은`).</summary>
    private static bool JoinedBefore(KoreanReading r, int from, int subjectFirst)
    {
        for (var k = Math.Max(from, subjectFirst - 8); k < subjectFirst; k++)
        {
            if (r.Subjects.Named(k, subjectFirst) is not { } named) continue;
            if (named.Last == subjectFirst - 1 && named.Particle is "과" or "와" or "및") return true;
            k = named.Last;
        }
        return subjectFirst > from && r.Doc.Tokens[subjectFirst - 1].Norm == "및";
    }

    private static bool StanceAfter(IReadOnlyList<Token> tokens, int k, int v) =>
        v - k is >= 2 and <= 3 && StanceNouns.Any(sn => tokens[k + 1].Norm.StartsWith(sn, StringComparison.Ordinal));

    /// <summary>The quotes joined before <paramref name="q"/>: `"A"며 "B"`, `"A"라며 "B"`, `"A"고 했고, … "B"`.</summary>
    private static List<QuoteSpan> Chain(KoreanReading r, QuoteSpan q, int sentenceStart)
    {
        var tokens = r.Doc.Tokens;
        var chain = new List<QuoteSpan> { q };
        while (r.Before(chain[0].Open) is { } p && p.Open >= sentenceStart)
        {
            var a = TokenIndex.FirstAtOrAfter(tokens, p.Close);
            var b = TokenIndex.FirstAtOrAfter(tokens, chain[0].Open);
            if (a >= b || tokens[a].Start != p.Close + 1) break;
            var w = tokens[a].Norm;
            var joined = b - a == 1 ? KoreanWords.IsChainLink(w) || KoreanWords.IsQuoteLink(w)
                : KoreanWords.IsQuoteLink(w) && b - a <= 8 && KoreanWords.IsReporting(tokens[a + 1].Norm) && tokens[a + 1].Norm.EndsWith('고')
                    && r.Subjects.First(a + 2, b) is null; // `"A"고 말했고, 야당 대표는 "B"`: a new subject ends the chain
            if (!joined) break;
            chain.Insert(0, p);
        }
        return chain;
    }

    /// <summary>Past the time, place, audience and partner of a remark ("2일", "브리핑에서", "기자들에게", "시 주석에게").</summary>
    private static int SkipCircumstances(KoreanReading r, int k, int limit)
    {
        var tokens = r.Doc.Tokens;
        while (k < limit)
        {
            var w = tokens[k].Norm;
            if (KoreanWords.IsLead(tokens[k]) || w.EndsWith("에서", StringComparison.Ordinal) || w.EndsWith("에게", StringComparison.Ordinal)
                || w.EndsWith("에서는", StringComparison.Ordinal) || w.EndsWith("에게는", StringComparison.Ordinal) || w is "이같이") { k++; continue; }
            if (AdnominalPlace(r, k, limit) is var place && place > k) { k = place; continue; } // "열린 회의에서", "국회에서 열린 토론회에서"
            if (k + 1 < limit && tokens[k + 1].Norm is "통해" && w[^1] is '을' or '를') { k += 2; continue; } // "브리핑을 통해"
            if (k + 1 < limit && w is "이에" or "이와" && KoreanWords.IsSceneMarker(tokens[k + 1].Norm)) { k += 2; continue; } // "이에 대해"
            if (k + 1 < limit && (KoreanNameWords.AllHangul(w) && w.Length <= 2 || r.Subjects.MentionAt(tokens[k].Start) is not null)
                && KoreanNameWords.SplitTitle(tokens[k + 1].Norm) is { Particle: "에게" or "에게는" or "께" }) { k += 2; continue; } // "시 주석에게"
            break;
        }
        return k;
    }

    /// <summary>
    /// Past "열린 회의에서", "진행된 인터뷰에서": up to three adnominal words (ending in ㄴ/는, no particle of a subject)
    /// before a word of place ending in "에서"; the token after it, or <paramref name="k"/> when there is none.
    /// </summary>
    private static int AdnominalPlace(KoreanReading r, int k, int limit)
    {
        var tokens = r.Doc.Tokens;
        for (var j = k; j < limit && j - k <= 3; j++)
        {
            var w = tokens[j].Norm;
            if (!KoreanNameWords.AllHangul(w) || r.Subjects.InQuote(j)) return k;
            if (j > k && (w.EndsWith("에서", StringComparison.Ordinal) || w.EndsWith("에서는", StringComparison.Ordinal))) return j + 1;
            var last = w[^1];
            var adnominal = last == '는' || (last >= '\uAC00' && last <= '\uD7A3' && (last - 0xAC00) % 28 == 4); // final ㄴ: 열린, 진행된, 가진
            if (!adnominal || (KoreanWords.SubjectParticle(w) is not null && !w.EndsWith("하는", StringComparison.Ordinal) && !w.EndsWith("리는", StringComparison.Ordinal))) return k;
        }
        return k;
    }

    private static bool HasSingleQuote(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '\u2018' or '\u2019') return true;
        return false;
    }
}
