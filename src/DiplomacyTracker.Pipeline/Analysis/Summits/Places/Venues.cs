namespace DiplomacyTracker.Analysis;

/// <summary>
/// Named venues outside the gazetteer: a run of capitalised words ending in a building or site noun ("Capella Hotel",
/// "Gimhae Air Base", "Vostochny Cosmodrome", "Great Hall of the People"), with the city that follows it
/// ("… on Sentosa Island" → "Capella Hotel, Sentosa Island, Singapore"). Where someone only stays ("stay at the
/// St. Regis Hotel") is not a venue.
/// </summary>
internal static class Venues
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "hotel", "house", "hall", "palace", "museum", "base", "cosmodrome", "guesthouse", "resort", "center", "centre",
        "square", "lodge", "villa", "estate", "island", "building", "pavilion", "residence", "compound", "university", "airport",
        "complex", "plaza", "garden", "gardens", "forum",
    };

    private static readonly HashSet<string> Lodging = new(StringComparer.Ordinal) { "stay", "stays", "stayed", "staying", "lodge", "lodged", "checked", "booked" };

    /// <summary>A venue whose words start at token <paramref name="k"/>: the place (in the city written after it, when one
    /// is) and how many tokens its own name spans, or null.</summary>
    public static (Place Place, int Length)? At(string text, IReadOnlyList<Token> tokens, int k, int last)
    {
        if (!tokens[k].Capitalized || tokens[k].Norm == "the"
            || (k > 0 && tokens[k - 1].Capitalized && tokens[k - 1].Norm != "the" && WordTokenizer.OnlySpaces(text, tokens[k - 1].End, tokens[k].Start))) return null;
        var end = k;
        while (end < last && end - k < 4 && tokens[end].Capitalized && !Nouns.Contains(tokens[end].Norm)
               && end + 1 < last && WordTokenizer.OnlySpaces(text, tokens[end].End, tokens[end + 1].Start)) end++;
        if (end >= last || end == k || !tokens[end].Capitalized || !Nouns.Contains(tokens[end].Norm)) return null;
        // "Great Hall of the People"
        if (end + 3 < last && tokens[end + 1].Norm == "of" && tokens[end + 2].Norm == "the" && tokens[end + 3].Capitalized) end += 3;
        var name = text[tokens[k].Start..tokens[end].End];
        var length = end - k + 1;
        // "… on Sentosa Island" / "… in Busan": the city the venue is in.
        for (var c = end + 1; c < last && c <= end + 3; c++)
        {
            if (tokens[c].Norm is not ("in" or "on" or "at" or "near" or "off")) continue;
            var at = c + 1 < last && tokens[c + 1].Norm == "the" ? c + 2 : c + 1;
            if (Gazetteer.At(tokens, at, last) is { } city && city.Place.Level != PlaceLevel.Country)
                return (new Place(name + ", " + city.Place.Display, city.Place.CountryCode, PlaceLevel.Venue, false), length);
            break;
        }
        return (new Place(name, null, PlaceLevel.Venue, false), length);
    }

    /// <summary>"stay at the …", "staying in the …": lodging, not the meeting place.</summary>
    public static bool AfterLodgingVerb(IReadOnlyList<Token> tokens, int k, int first)
    {
        for (var j = k - 1; j >= first && j >= k - 3; j--)
            if (Lodging.Contains(tokens[j].Norm)) return true;
        return false;
    }
}
