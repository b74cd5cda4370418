namespace DiplomacyTracker.Analysis;

/// <summary>A role as the analysis sees it: a title held between two days (null = open-ended).</summary>
public sealed record CatalogRole(string Title, string? Organisation, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly day) => (From is null || From <= day) && (To is null || day <= To);
}

/// <summary>An actor the analysis can recognise: the curated reference entry or a stored actor, with every spelling.</summary>
/// <param name="Key">Stable key: the reference id ("kr-lee-jae-myung") or, for actors only in the store, their slug.</param>
/// <param name="StoreId">The store's id when the catalog was built from the database, else null.</param>
public sealed record CatalogActor(
    string Key,
    int? StoreId,
    string Name,
    ActorKind Kind,
    string? Country,
    string? Surname,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<CatalogRole> Roles)
{
    /// <summary>The role held on <paramref name="day"/>, preferring the most recent start when several overlap.</summary>
    public CatalogRole? RoleOn(DateOnly day) =>
        Roles.Where(r => r.HeldOn(day)).OrderByDescending(r => r.From ?? DateOnly.MinValue).FirstOrDefault();

    /// <summary>The curated one-line description ("Sister of Kim Jong-un …"), when known; read for gender hints.</summary>
    public string? Description { get; init; }

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
