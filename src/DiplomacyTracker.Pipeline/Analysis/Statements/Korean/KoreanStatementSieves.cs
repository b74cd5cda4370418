namespace DiplomacyTracker.Analysis;

/// <summary>
/// The Korean statement sieves, most precise first. They share one reading of the document (<see cref="KoreanReading"/>):
/// each takes the reports of one shape and gives them a speaker, and a sentence already given a statement is left alone.
/// </summary>
internal static class KoreanStatementSieves
{
    public static readonly ISieve<Attributed>[] All =
    [
        new KoreanCaptionSieve(),
        new KoreanRelaySieve(),
        new KoreanSubjectSieve("korean.quote-subject", quoted: true),
        new KoreanSubjectSieve("korean.indirect-subject", quoted: false),
        new KoreanContentFirstSieve(),
        new KoreanAccordingToSieve(),
        new KoreanFollowUpSieve(),
        new KoreanLeadSieve(),
    ];
}

/// <summary>`김정은 위원장은 "…"고 말했다고 조선중앙통신이 전했다`, `신화통신은 시 주석이 "…"고 했다고 보도했다`: a named relay; the words are the relayed speaker's.</summary>
internal sealed class KoreanRelaySieve : ISieve<Attributed>
{
    public string Name => "korean.relayed";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        foreach (var report in r.Reports)
        {
            if (report is not { Inner: { Subject: { Kind: SubjectKind.Speaker, Actor: { } speaker } said } inner, Subject.Kind: SubjectKind.Speaker }) continue;
            if (board.Claimed(report.Sentence)) continue;
            if (KoreanStatementBuilder.Build(r, inner, speaker, said.Surface, said.Confidence - 0.04) is { } a) board.Add(a, report.Sentence);
        }
    }
}

/// <summary>`이재명 대통령은 "…"고 말했다` (quoted) or `강 대변인은 …될 것이라고 밝혔다` (a reported clause): the subject before the words.</summary>
internal sealed class KoreanSubjectSieve(string name, bool quoted) : ISieve<Attributed>
{
    public string Name => name;

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        foreach (var report in r.Reports)
        {
            if (report is not { Inner: null, Shape: ReportShape.SubjectFirst, Subject: { Kind: SubjectKind.Speaker, Actor: { } speaker } subject } || report.Quoted != quoted) continue;
            if (board.Claimed(report.Sentence)) continue;
            // "정 장관은 "…"고 덧붙였다" right after his dated remark: the same occasion, unless a day is written.
            var previous = board.Facts.LastOrDefault(f => f.Sentence == report.Sentence - 1)?.Fact;
            var carried = previous is not null && previous.Speaker.Key == speaker.Key ? previous.Statement.SaidOn : null;
            if (KoreanStatementBuilder.Build(r, report, speaker, subject.Surface, subject.Confidence - (quoted ? 0 : 0.02), carried) is { } a) board.Add(a, report.Sentence);
        }
    }
}

/// <summary>`…보인다고 교도통신은 전했다`, `…추진하기로 했다고 위 실장은 밝혔다`: the speaker named after the words.</summary>
internal sealed class KoreanContentFirstSieve : ISieve<Attributed>
{
    public string Name => "korean.content-first";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var r = KoreanReading.Of(doc);
        foreach (var report in r.Reports)
        {
            if (report is not { Inner: null, Shape: ReportShape.ContentFirst, Subject: { Kind: SubjectKind.Speaker, Actor: { } speaker } subject }) continue;
            if (board.Claimed(report.Sentence)) continue;
            if (KoreanStatementBuilder.Build(r, report, speaker, subject.Surface, subject.Confidence - 0.05) is { } a) board.Add(a, report.Sentence);
        }
    }
}
