namespace DiplomacyTracker.Analysis;

/// <summary>
/// "It was the North Korean leader's third trip to China. He met Xi in Beijing in March": a sentence-opening "He"/"She"
/// as the subject of a meeting verb is the leader the previous sentence names or describes by role — the first one there
/// who is not already the other party. Only a pronoun that opens the sentence and is the verb's subject counts.
/// </summary>
internal static class PronounSubject
{
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "also", "later", "then", "last", "first", "previously", "had", "has", "will", "would", "is", "was", "to", "again",
    };

    /// <summary>True when the sentence opens "He/She [adverbs] met|held|hosted|visited …" up to the trigger's verb.</summary>
    public static bool OpensWith(IReadOnlyList<Token> tokens, int ti, int first)
    {
        if (tokens[first].Norm is not ("he" or "she") || ti <= first) return false;
        for (var k = first + 1; k < ti && k <= first + 6; k++)
        {
            if (tokens[k].Norm is "met" or "meet" or "held" or "hold" or "holds" or "hosted" or "visited" or "visit" or "joined") return true;
            if (!Between.Contains(tokens[k].Norm)) return false;
        }
        return tokens[ti].Norm is "met" or "meet" or "visited" or "visit" && ti <= first + 4;
    }

    /// <summary>The first leader among <paramref name="earlier"/> (the previous sentence's people, in order) who is not
    /// already a party, else null.</summary>
    public static string? Resolve(IEnumerable<string> earlier, List<string> participants, ActorCatalog catalog, DateOnly day) =>
        earlier.FirstOrDefault(k => !participants.Contains(k) && catalog.FindByKey(k) is { } a && SummitParties.IsLeader(a, day));
}
