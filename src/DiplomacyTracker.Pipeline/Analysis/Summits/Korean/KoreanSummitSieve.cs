namespace DiplomacyTracker.Analysis;

/// <summary>
/// Summits in Korean news (<see cref="KoreanSummitReader"/>): a meeting word ("정상회담", "회담", "만났다", "접견") with two
/// leaders and, where the sentence writes one, a place; the rule ("summit-word", "meeting-verb") is recorded with each.
/// </summary>
internal sealed class KoreanSummitSieve(ActorCatalog catalog) : ISieve<SummitCandidate>
{
    public string Name => "korean.summit-sentence";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        foreach (var (candidate, sentence, rule) in KoreanSummitReader.Read(doc, catalog))
            board.Add(candidate, sentence, rule);
    }
}
