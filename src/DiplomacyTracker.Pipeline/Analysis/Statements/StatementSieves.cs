namespace DiplomacyTracker.Analysis;

/// <summary>
/// The statement sieves for an article's language, most precise first. English and Korean each keep their sieves and
/// word lists in their own folder (Statements/English, Statements/Korean); an article in another language gets none.
/// </summary>
internal static class StatementSieves
{
    private static readonly ISieve<Attributed>[] English = [new EnglishAttributionSieve()];
    private static readonly ISieve<Attributed>[] Korean = KoreanStatementSieves.All;

    public static IReadOnlyList<ISieve<Attributed>> For(string language) => language switch
    {
        "ko" => Korean,
        "ja" or "zh" or "und" => [],
        _ => English,
    };
}
