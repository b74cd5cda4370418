namespace DiplomacyTracker.Analysis;

/// <summary>Word lists the English summit readers share.</summary>
internal static class SummitWords
{
    /// <summary>Words that may stand between a meeting's owner or parties and the meeting word ("Kim's second summit",
    /// "the first-ever inter-Korean summit", "the much anticipated meeting").</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "ever", "historic", "planned", "upcoming", "proposed",
        "expected", "potential", "possible", "anticipated", "much", "long", "awaited", "bilateral", "trilateral", "summit",
        "leaders", "s", "year", "two", "three", "four", "day", "landmark", "unprecedented", "previous", "last", "next", "official",
        "state", "working", "annual", "emergency", "special", "separate", "joint", "face", "to", "formal", "informal", "brief",
        "closed", "door", "hour", "minute", "long", "awaited", "forthcoming", "rare", "secret", "surprise", "unannounced", "recent",
        "another", "new", "fresh", "high", "profile", "tete", "tête", "à", "a", "inaugural", "follow", "up", "earlier",
    };

    /// <summary>Prepositions that make the name after them something other than the clause's subject.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "by", "for", "of", "from", "on", "at", "in", "than", "about", "against", "toward", "towards", "into",
        "over", "under", "between", "among", "like", "including", "via", "after", "before", "since", "beside", "besides",
    };

    /// <summary>Words that may stand between a subject and its verb ("Lee is scheduled to depart", "Kim also met").</summary>
    public static readonly HashSet<string> VerbGroup = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "could", "can", "may", "might", "must", "should", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "also", "then", "later", "to", "not", "never", "again", "scheduled", "set", "due", "expected",
        "likely", "slated", "planning", "plans", "plan", "planned", "going", "reportedly", "finally", "first", "once", "still",
        "already", "soon", "ready", "about", "abruptly", "briefly", "separately", "subsequently", "eventually", "officially",
        "recently", "previously", "earlier", "now", "jointly", "together", "personally", "both", "all",
    };
}
