namespace DiplomacyTracker.Analysis;

/// <summary>A person speaks for themselves; an institution (KCNA, the State Department) speaks as a body.</summary>
public enum ActorKind
{
    Person = 0,
    Institution = 1,
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
