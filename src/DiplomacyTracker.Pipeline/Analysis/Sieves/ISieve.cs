namespace DiplomacyTracker.Analysis;

/// <summary>
/// One small, named, deterministic rule over the analysed document that proposes facts of one kind (statements,
/// summits; later sanctions or launches). Sieves run most precise first and see what earlier ones found, so a later,
/// looser sieve only fills what is left (Stanford CoreNLP's quote attribution works this way).
/// </summary>
internal interface ISieve<TFact>
{
    /// <summary>Stable name recorded with every fact the sieve produces ("english.said-after-quote").</summary>
    string Name { get; }

    void Run(AnalysedDocument doc, SieveBoard<TFact> board);
}

/// <summary>A fact with its provenance: the sieve that produced it and the sentence it was read from.</summary>
internal sealed record Sieved<TFact>(TFact Fact, string Sieve, int Sentence);

/// <summary>A sieve that threw: its output was dropped, the article's analysis went on.</summary>
public sealed record SieveFailure(string Sieve, string ExceptionType, string Message)
{
    public static SieveFailure From(string sieve, Exception e) => new(sieve, e.GetType().Name, e.Message);
}
