namespace DiplomacyTracker.Analysis;

/// <summary>Where a Korean report names its speaker: before the words, after them ("…했다고 교도통신은 전했다"), or not at all.</summary>
internal enum ReportShape
{
    SubjectFirst,
    ContentFirst,
    Omitted,
}

/// <summary>
/// One report of speech read from a Korean sentence, before anyone is made its speaker: the words (quote pieces or
/// the reported clause), the reporting verb, the subject phrase and where it stood, and — for a relay ("…"고 말했다고
/// 교도통신이 전했다", "신화통신은 시 주석이 "…"고 했다고 보도했다") — the report relayed.
/// </summary>
internal sealed record KoreanReport(
    int Sentence,
    StatementKind Kind,
    IReadOnlyList<(int Start, int End)> Pieces,
    int Verb,
    ReportShape Shape,
    KoreanSubject? Subject,
    int ClauseStart,
    int DateFrom,
    int DateTo)
{
    /// <summary>The report this one relays, when its words are someone else's.</summary>
    public KoreanReport? Inner { get; init; }

    /// <summary>A characterization or appeal ("…목적이라고 반박했다"): the words are kept with their verb.</summary>
    public bool WithVerb { get; init; }

    /// <summary>The words were read from quotation marks (direct, or quoted words with an act), not from a "…다고" clause.</summary>
    public bool Quoted => Kind == StatementKind.Direct || (Kind == StatementKind.Mixed && Pieces.Count > 0 && !FromClause);

    /// <summary>The words are a reported clause ("…다고", "…것을 당부했다"), possibly with quoted words inside.</summary>
    public bool FromClause { get; init; }

    /// <summary>Opens with "이같이 밝히며/밝혔다": also points back to the article's lead.</summary>
    public bool PointsBack { get; init; }

    public int ContentStart => Pieces.Count > 0 ? Pieces[0].Start : ClauseStart;
}
