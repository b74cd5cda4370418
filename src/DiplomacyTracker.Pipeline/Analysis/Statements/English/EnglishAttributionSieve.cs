namespace DiplomacyTracker.Analysis;

/// <summary>
/// English attribution as one pass over the sentences (<see cref="QuoteAttributor"/>): per sentence, the first reporting
/// verb whose subject is a named actor, "according to", "quoted as saying", the name after a quote, continuations.
/// Each statement names its rule (english.attribution/subject-verb …).
/// </summary>
internal sealed class EnglishAttributionSieve : ISieve<Attributed>
{
    public string Name => "english.attribution";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        foreach (var (found, sentence) in QuoteAttributor.Attribute(doc))
            board.Add(found, sentence, found.Statement.Sieve);
    }
}
