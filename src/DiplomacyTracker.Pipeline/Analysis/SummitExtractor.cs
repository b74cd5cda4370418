using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

internal static class SummitExtractor
{
    public static List<FoundSummit> Extract(ArticleIndex index, FuzzyDate? published) => [];
}
