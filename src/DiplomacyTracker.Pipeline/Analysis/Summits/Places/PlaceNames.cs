namespace DiplomacyTracker.Analysis;

/// <summary>
/// Place names as the rest of the analysis asks for them (dateline cities, the Korean reader's places, table cells), over
/// the summit <see cref="Gazetteer"/>: "gyeongju" → "Gyeongju, South Korea".
/// </summary>
internal static class PlaceNames
{
    /// <summary>A place starting at token <paramref name="i"/>: (display, broad = a country or region, metonym = also a
    /// government's name, tokens used), or null.</summary>
    public static (string Display, bool Broad, bool Metonym, int Length)? At(IReadOnlyList<Token> tokens, int i, int end) =>
        Gazetteer.At(tokens, i, end) is { } p ? (p.Place.Display, p.Place.Level <= PlaceLevel.Region, p.Place.Metonym, p.Length) : null;

    /// <summary>How a place is written from its lower-case English name ("gyeongju" → "Gyeongju, South Korea"), or null.</summary>
    public static string? Display(string key) => Gazetteer.Find(key)?.Display;

    /// <summary>True for countries ("Vietnam"): a city or island written beside one is the finer place.</summary>
    public static bool IsBroad(string cell) => Gazetteer.Find(cell) is { Level: PlaceLevel.Country };
}
