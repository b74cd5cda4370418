using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Data.Entities;

/// <summary>Where an actor came from: the curated reference, discovery in an article, or an editor.</summary>
public enum ActorOrigin
{
    Reference = 0,
    Discovered = 1,
    Editor = 2,
}

/// <summary>An editor's verdict on something the analysis proposed.</summary>
public enum ReviewState
{
    None = 0,
    Pending = 1,
    Accepted = 2,
    Rejected = 3,
}

/// <summary>A person or an institution that speaks or meets in Korea diplomacy.</summary>
public class Actor
{
    public int Id { get; set; }

    /// <summary>Stable id from Reference/actors.json; null for discovered or editor-made actors.</summary>
    public string? ReferenceId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Country { get; set; }
    public ActorKind Kind { get; set; }
    public string? Surname { get; set; }
    public string? Description { get; set; }
    public ActorOrigin Origin { get; set; }
    public ReviewState Review { get; set; }

    /// <summary>Set when an editor merged this actor into another; the row stays so upgrades don't bring it back.</summary>
    public int? MergedIntoId { get; set; }
    public Actor? MergedInto { get; set; }

    /// <summary>Set once an editor changed the actor: reference upgrades then leave it alone.</summary>
    public DateTime? EditedUtc { get; set; }
    public DateTime CreatedUtc { get; set; }

    public List<ActorAlias> Aliases { get; set; } = [];
    public List<ActorRole> Roles { get; set; } = [];
}

/// <summary>One spelling of an actor's name: a romanization, Hangul, or a title form.</summary>
public class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public string Text { get; set; } = "";

    /// <summary><see cref="ActorCatalog.NormalizeName"/> of <see cref="Text"/>, for lookups.</summary>
    public string Normalized { get; set; } = "";
}

/// <summary>A title and organisation held between two days, so a statement shows the role its speaker held that day.</summary>
public class ActorRole
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public string Title { get; set; } = "";
    public string? Organisation { get; set; }
    public DateOnly? FromDate { get; set; }
    public DateOnly? ToDate { get; set; }
}
