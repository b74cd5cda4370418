using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>`니혼게이자이신문에 따르면 다카이치 총리는 …을 추진하고 있다`: a named source's report with no reporting verb of its own.</summary>
internal sealed class KoreanAccordingToSieve : ISieve<Attributed>
{
    public string Name => "korean.according-to";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        var tokens = doc.Tokens;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var s = doc.Sentences[n];
            if (r.Reports[n] is not null || board.Claimed(n) || s.End - s.Start > 1500) continue;
            var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].End <= s.End) end++;
            if (end - first < 4 || !KoreanWords.IsFinal(tokens[end - 1].Norm) && tokens[end - 1].Norm is not ("있다" or "있습니다") || r.Subjects.InQuote(end - 1)) continue;
            for (var k = first + 1; k < end - 2; k++)
            {
                if (tokens[k].Norm != "따르면" || r.Subjects.InQuote(k)) continue;
                if (SourceStart(r, k) is var at && at < 0 || r.Subjects.MentionAt(at) is not { Actor: { } source } mention) break;
                var from = k + 1;
                while (from < end && KoreanWords.IsLead(tokens[from])) from++;
                var report = new KoreanReport(n, StatementKind.Indirect, [(tokens[from].Start, tokens[end - 1].End)], end - 1, ReportShape.SubjectFirst, null,
                    tokens[from].Start, s.Start, tokens[k].Start)
                { FromClause = true };
                if (KoreanStatementBuilder.Build(r, report, source, doc.Text[mention.Start..mention.End], 0.8) is { } a) board.Add(a, n);
                break;
            }
        }
    }

    /// <summary>Where the named source of "…에 따르면" starts ("조선중앙통신에", "니혼게이자이신문(닛케이)에"), or -1.</summary>
    private static int SourceStart(KoreanReading r, int k)
    {
        var tokens = r.Doc.Tokens;
        var prev = tokens[k - 1];
        if (prev.Norm != "에") return r.Subjects.MentionAt(prev.Start) is not null && prev.Norm.EndsWith('에') ? prev.Start : -1;
        // "…(닛케이)에": the name before the parenthesis.
        var open = r.Doc.Text.LastIndexOf('(', prev.Start);
        if (open < 0 || prev.Start - open > 14) return -1;
        var name = TokenIndex.FirstAtOrAfter(tokens, open) - 1;
        return name >= 0 && r.Subjects.MentionAt(tokens[name].Start) is not null ? tokens[name].Start : -1;
    }
}

/// <summary>
/// `이어 "…"고 덧붙였다`, `그러면서 …하겠다고 했다`, `그는 "…"고 말했다`: a report with no subject, or "그는", continues the
/// speaker of the sentence just before (for "그는": the person that sentence is about). Nothing when that sentence gave nobody.
/// </summary>
internal sealed class KoreanFollowUpSieve : ISieve<Attributed>
{
    public string Name => "korean.follow-up";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        for (var n = 1; n < r.Reports.Length; n++)
        {
            if (r.Reports[n] is not { Inner: null } report || board.Claimed(n)) continue;
            var pronoun = report.Subject is { Kind: SubjectKind.Pronoun };
            if (!(report.Shape == ReportShape.Omitted || (pronoun && report.Shape == ReportShape.SubjectFirst))) continue;
            var previous = board.Facts.LastOrDefault(f => f.Sentence == n - 1)?.Fact;
            var speaker = pronoun ? PersonTopic(r, n - 1) ?? (previous?.Speaker is { Kind: ActorKind.Person } p ? p : null) : previous?.Speaker;
            if (speaker is null) continue;
            FuzzyDate? carried = previous is not null && previous.Speaker.Key == speaker.Key ? previous.Statement.SaidOn : null;
            if (KoreanStatementBuilder.Build(r, report, speaker, pronoun ? report.Subject!.Surface : "", pronoun ? 0.78 : 0.72, carried) is { } a) board.Add(a, n);
        }
    }

    /// <summary>The person sentence <paramref name="n"/> is about: its subject, when that names a person.</summary>
    private static CatalogActor? PersonTopic(KoreanReading r, int n)
    {
        var doc = r.Doc;
        var s = doc.Sentences[n];
        var first = TokenIndex.FirstAtOrAfter(doc.Tokens, s.Start);
        var end = first;
        while (end < doc.Tokens.Count && doc.Tokens[end].End <= s.End) end++;
        return r.Subjects.First(first, end) is { Kind: SubjectKind.Speaker, Actor: { Kind: ActorKind.Person } person } ? person : null;
    }
}

/// <summary>`강 대변인은 브리핑을 통해 이같이 밝히며 …`: "이같이" points back to the article's lead, which is the speaker's announcement.</summary>
internal sealed class KoreanLeadSieve : ISieve<Attributed>
{
    public string Name => "korean.this-way";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        var tokens = doc.Tokens;
        var lead = Lead(r);
        if (lead < 0 || board.Claimed(lead)) return;
        for (var n = lead + 1; n < Math.Min(doc.Sentences.Count, lead + 4); n++)
        {
            var s = doc.Sentences[n];
            var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
            for (var k = first; k + 1 < tokens.Count && tokens[k + 1].End <= s.End; k++)
            {
                if (tokens[k].Norm != "이같이" || !KoreanWords.IsReporting(tokens[k + 1].Norm) || r.Subjects.InQuote(k)) continue;
                if (r.Subjects.First(first, k) is not { Kind: SubjectKind.Speaker, Actor: { } speaker } subject) return;
                var l = doc.Sentences[lead];
                var last = TokenIndex.FirstAtOrAfter(tokens, l.End) - 1;
                var report = new KoreanReport(lead, StatementKind.Indirect, [(l.Start, tokens[last].End)], last, ReportShape.SubjectFirst, subject, l.Start, s.Start, tokens[k].Start) { FromClause = true };
                if (KoreanStatementBuilder.Build(r, report, speaker, subject.Surface, 0.7) is { } a) board.Add(a, lead);
                return;
            }
        }
    }

    /// <summary>The article's lead: its first sentence that states something ("…방문합니다.") with no quotation, or -1.</summary>
    private static int Lead(KoreanReading r)
    {
        var doc = r.Doc;
        for (var n = 0; n < Math.Min(2, doc.Sentences.Count); n++)
        {
            var s = doc.Sentences[n];
            var last = TokenIndex.FirstAtOrAfter(doc.Tokens, s.End) - 1;
            if (last < 0 || doc.Tokens[last].Start < s.Start) continue;
            if (KoreanWords.IsFinal(doc.Tokens[last].Norm) && !QuoteFinder.HasQuoteMark(doc.Text, s.Start, s.End) && r.Reports[n] is null) return n;
        }
        return -1;
    }
}
