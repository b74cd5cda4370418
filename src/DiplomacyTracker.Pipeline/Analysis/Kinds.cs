namespace DiplomacyTracker.Analysis;

/// <summary>A person speaks for themselves; an institution (KCNA, the State Department) speaks as a body; a document (an
/// indictment, a UN report) speaks through what it says; a news outlet (The Wall Street Journal) through what it reports.</summary>
public enum ActorKind
{
    Person = 0,
    Institution = 1,
    Document = 2,
    Media = 3,
}

/// <summary>The kind names of the reference file ("person", "institution", "document", "media").</summary>
public static class ActorKinds
{
    /// <summary>The kind a reference entry names; anything unknown is a person, as before kinds were added.</summary>
    public static ActorKind Parse(string? kind) => kind?.ToLowerInvariant() switch
    {
        "institution" => ActorKind.Institution,
        "document" => ActorKind.Document,
        "media" => ActorKind.Media,
        _ => ActorKind.Person,
    };

    /// <summary>True for every kind that speaks as a body ("it said"), not as a person.</summary>
    public static bool SpeaksAsBody(this ActorKind kind) => kind is ActorKind.Institution or ActorKind.Document or ActorKind.Media;
}

/// <summary>How the words reached the article: verbatim, paraphrased, or paraphrase with quoted fragments.</summary>
public enum StatementKind
{
    Direct = 0,
    Indirect = 1,
    Mixed = 2,
}

/// <summary>The five states a summit can be in; the analysis maps words such as "scheduled" onto them.</summary>
public enum SummitStatus
{
    Proposed = 0,
    Planned = 1,
    Held = 2,
    Postponed = 3,
    Cancelled = 4,
}
