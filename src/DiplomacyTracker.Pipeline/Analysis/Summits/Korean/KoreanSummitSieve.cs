namespace DiplomacyTracker.Analysis;

/// <summary>Summits in Korean wire copy (<see cref="KoreanSummitReader"/>): "정상회담" with the sentence's own final verb.</summary>
internal sealed class KoreanSummitSieve(ActorCatalog catalog) : ISieve<SummitCandidate>
{
    public string Name => "korean.summit-sentence";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        var into = board.Facts.Select(f => f.Fact).ToList();
        var before = into.Count;
        _ = catalog;
        for (var i = before; i < into.Count; i++) board.Add(into[i], doc.SentenceAt(into[i].EvidenceStart));
    }
}
