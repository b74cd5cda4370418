namespace DiplomacyTracker.Analysis;

/// <summary>
/// The statement sieves for an article's language, most precise first. English and Korean each keep their sieves and
/// word lists in their own folder (Statements/English, Statements/Korean); an article in another language gets none.
/// </summary>
internal static class StatementSieves
{
    private static readonly ISieve<Attributed>[] Korean = KoreanStatementSieves.All;

    /// <summary>The sieves for the document's language; English ones share one reading of the document's reports.</summary>
    public static IReadOnlyList<ISieve<Attributed>> For(AnalysedDocument doc) => doc.Language switch
    {
        "ko" => Korean,
        "ja" or "zh" or "und" => [],
        _ => EnglishStatementSieves.For(doc),
    };
}
