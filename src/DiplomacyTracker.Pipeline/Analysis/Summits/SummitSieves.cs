namespace DiplomacyTracker.Analysis;

/// <summary>
/// The summit sieves for an article's language, most precise first: English tables, chronology lines and meeting words
/// by family (Summits/English), Korean sentences (Summits/Korean). Their candidates are folded into summits by
/// <see cref="SummitExtractor"/>.
/// </summary>
internal static class SummitSieves
{
    public static IReadOnlyList<ISieve<SummitCandidate>> For(string language, ActorCatalog catalog) => language switch
    {
        "ko" => [new EnglishSummitTableSieve(), new KoreanSummitSieve(catalog), new KoreanSidelinesSieve()],
        "ja" or "zh" or "und" => [],
        _ => [new EnglishSummitTableSieve(), .. EnglishMeetingSieve.All(catalog), new EnglishStatusFollowUpSieve()],
    };
}
