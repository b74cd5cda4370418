using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data;

/// <summary>Reads the reference files' dates ("2019-02-27", "2019-02", "2019") as Seoul-time fuzzy dates.</summary>
public static class ReferenceDates
{
    public static FuzzyDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || ActorCatalog.ParseStart(text) is not { } day) return null;
        var parts = text.Split('-').Length;
        return parts switch
        {
            1 => FuzzyDate.FromYear(day.Year, FuzzyDate.Seoul),
            2 => FuzzyDate.FromMonth(day.Year, day.Month, FuzzyDate.Seoul),
            _ => FuzzyDate.FromDay(day, FuzzyDate.Seoul),
        };
    }
}
