namespace DiplomacyTracker.Analysis;

/// <summary>Summits from table rows ("Date | Leaders | Place"): the most precise source when an article has one.</summary>
internal sealed class EnglishSummitTableSieve : ISieve<SummitCandidate>
{
    public string Name => "english.summit-table";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        var found = new List<SummitCandidate>();
        SummitTableReader.Read(doc, doc.Published, found);
        foreach (var c in found) board.Add(c, doc.SentenceAt(c.EvidenceStart));
    }
}

/// <summary>
/// Summits from sentences (<see cref="SummitSentenceReader"/>): a meeting trigger, then participants, place, day and status
/// near it. A follow-up sentence may complete a summit an earlier sentence reported ("The talks took place at the Kremlin").
/// </summary>
internal sealed class EnglishSummitSentenceSieve(ActorCatalog catalog) : ISieve<SummitCandidate>
{
    public string Name => "english.summit-sentence";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        var into = board.Facts.Select(f => f.Fact).ToList();
        Sentence? previous = null;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var sentence = doc.Sentences[n];
            if (sentence.End - sentence.Start > 1500 || doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains(" | ", StringComparison.Ordinal)) continue;
            var before = into.Count;
            SummitSentenceReader.Read(doc, sentence, previous, doc.Published, catalog, into, doc.Quotes);
            for (var i = before; i < into.Count; i++) board.Add(into[i], n);
            previous = sentence;
        }
    }
}
