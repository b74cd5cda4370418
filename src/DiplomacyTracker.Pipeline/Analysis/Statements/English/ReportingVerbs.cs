namespace DiplomacyTracker.Analysis;

/// <summary>A reporting verb. <see cref="NeedsClause"/> verbs report speech only with a "that"-clause or a quote
/// ("acknowledged that ..." is a statement, "acknowledged China's influence" is not). <see cref="ActsOnObject"/> verbs
/// report speech only with a clause, a quote or an infinitive ("urged the US to take …", "rejected the offer as “a trap”");
/// their bare object is what was acted on, not what was said ("Kim Yo-jong rejected the idea" says nothing).</summary>
internal sealed record ReportingCue(string Verb, bool NeedsClause, bool ActsOnObject = false);

/// <summary>The verbs that introduce what someone said, and the words that may sit between speaker and verb.</summary>
internal static class ReportingVerbs
{
    /// <summary>Verbs whose direct object is the thing acted on (a proposal rejected, a move welcomed).</summary>
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal)
    {
        "rejected", "rejects", "praised", "praises", "denied", "denies", "demanded", "demands", "criticized", "criticised",
        "condemned", "welcomed", "dismissed", "slammed", "blasted", "denounced", "lamented", "urged", "urges",
        "described", "describes", "asked", "asks", "tweeted", "posted", "hailed", "lauded", "requested", "thanked", "blamed",
    };

    private static readonly Dictionary<string, ReportingCue> Cues = Build(
        any: ["said", "says", "stated", "states", "told", "tells", "warned", "warns", "stressed", "stresses", "urged", "urges",
            "rejected", "rejects", "proposed", "proposes", "praised", "praises", "expressed", "expresses", "responded",
            "reiterated", "reiterates", "insisted", "insists", "vowed", "vows", "pledged", "pledges", "denied", "denies",
            "declared", "announced", "announces", "demanded", "demands", "criticized", "criticised", "condemned", "welcomed",
            "dismissed", "asserted", "claimed", "claims", "confirmed", "confirms", "wrote", "writes", "replied", "remarked",
            "slammed", "accused", "promised", "promises", "called", "calls", "blasted", "denounced", "lamented", "reaffirmed",
            "affirmed", "noted", "notes", "condemned", "criticized", "warned", "tweeted", "posted", "described", "describes",
            "asked", "asks", "reported", "reports", "hailed", "lauded", "requested", "voiced", "thanked", "blamed",
            "underscored", "highlighted"],
        clause: ["acknowledged", "acknowledges", "argued", "argues", "added", "adds", "explained",
            "explains", "indicated", "indicates", "suggested", "suggests", "emphasized", "emphasised", "emphasizes",
            "signaled", "signalled", "predicted", "admitted", "admits",
            "recalled", "mentioned", "commented", "observed", "cautioned", "contended", "maintained",
            "reminded", "reminds", "assured", "assures", "informed", "alleged", "alleges", "disclosed", "revealed", "conceded",
            "complained", "concluded", "estimated", "assessed", "hinted", "countered", "agreed", "clarified", "found"]);

    /// <summary>Words allowed between the speaker and the verb: auxiliaries and adverbs ("has repeatedly stated").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "then", "again", "later", "once", "further", "earlier", "previously", "recently",
        "today", "yesterday", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "week", "month", "year", "this", "still", "too", "himself", "herself", "itself", "had", "also",
    };

    public static ReportingCue? Lookup(string norm) => Cues.GetValueOrDefault(norm);

    /// <summary>The cue a token is, when it is written as a verb: "States" in "United States" or "Calls" in a title is a name,
    /// not "states" (all-capitals text counts as written).</summary>
    public static ReportingCue? At(Token token) => token.Capitalized && !token.AllUpper ? null : Cues.GetValueOrDefault(token.Norm);

    /// <summary>An auxiliary, a time word or an "-ly" adverb ("reportedly", "repeatedly", "officially").</summary>
    public static bool IsFiller(string norm) => Fillers.Contains(norm) || (norm.Length > 4 && norm.EndsWith("ly", StringComparison.Ordinal) && norm != "only");

    private static Dictionary<string, ReportingCue> Build(string[] any, string[] clause)
    {
        var map = new Dictionary<string, ReportingCue>(StringComparer.Ordinal);
        foreach (var v in any) map[v] = new ReportingCue(v, false, ObjectVerbs.Contains(v));
        foreach (var v in clause) map[v] = new ReportingCue(v, true);
        return map;
    }
}
