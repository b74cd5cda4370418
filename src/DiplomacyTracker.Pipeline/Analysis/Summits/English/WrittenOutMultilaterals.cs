namespace DiplomacyTracker.Analysis;

/// <summary>
/// Multilateral summits written out rather than abbreviated: "a summit between South Korea and the Association of
/// Southeast Asian Nations", "the first summit between South Korea and African nations", "the Korea-Africa summit".
/// Such a summit has no participant list, like "the APEC summit".
/// </summary>
internal static class WrittenOutMultilaterals
{
    /// <summary>Regional adjectives and nouns that, next to "nations"/"countries" or dashed to a country, name a group.</summary>
    private static readonly Dictionary<string, string> Regions = new(StringComparer.Ordinal)
    {
        ["african"] = "Africa", ["africa"] = "Africa", ["arab"] = "Arab", ["pacific"] = "Pacific Islands", ["island"] = "Pacific Islands",
        ["nordic"] = "Nordic", ["caribbean"] = "Caribbean", ["european"] = "European", ["mekong"] = "Mekong", ["asia"] = "Central Asia",
        ["asian"] = "Central Asia",
    };

    /// <summary>The group a trigger is held with ("summit between A and the Association of Southeast Asian Nations"), if any,
    /// and the index of the group's last word (dates and places after a long name are measured from there).</summary>
    public static (string Name, int End)? After(IReadOnlyList<Token> tokens, int i, int last)
    {
        if (i + 1 >= last || tokens[i + 1].Norm is not ("between" or "with" or "of")) return null;
        for (var k = i + 2; k < last && k <= i + 9; k++)
        {
            if (ReportingVerbs.Lookup(tokens[k].Norm) is not null) return null;
            if (tokens[k].Norm == "association" && k + 4 < last && tokens[k + 1].Norm == "of" && tokens[k + 2].Norm == "southeast"
                && tokens[k + 3].Norm == "asian" && tokens[k + 4].Norm == "nations") return ("ASEAN", k + 4);
            if (tokens[k].Norm is "nations" or "countries" or "states" && k - 1 > i + 1 && tokens[k - 1].Capitalized
                && Regions.TryGetValue(tokens[k - 1].Norm, out var region)) return (region, k);
        }
        return null;
    }

    /// <summary>"the Korea-Africa summit": a region dashed to the word before the trigger.</summary>
    public static string? DashedBefore(string text, IReadOnlyList<Token> tokens, int i, int first)
    {
        if (i - 2 < first || !tokens[i - 1].Capitalized || !Regions.TryGetValue(tokens[i - 1].Norm, out var region)) return null;
        if (tokens[i - 1].Norm is "african" or "asian" or "european") return null; // adjectives are not dashed names
        return WordTokenizer.IsDashGap(text, tokens[i - 2].End, tokens[i - 1].Start) ? region : null;
    }
}
