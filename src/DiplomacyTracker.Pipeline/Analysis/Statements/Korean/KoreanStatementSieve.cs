namespace DiplomacyTracker.Analysis;

/// <summary>Korean wire copy's statements (<see cref="KoreanStatementReader"/>): `…"고 말했다`, `…다고 밝혔다`, relays.</summary>
internal sealed class KoreanStatementSieve : ISieve<Attributed>
{
    public string Name => "korean.statements";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        foreach (var found in KoreanStatementReader.Read(doc, doc.Quotes, doc.Published))
            board.Add(found, doc.SentenceAt(found.Statement.Start));
    }
}
