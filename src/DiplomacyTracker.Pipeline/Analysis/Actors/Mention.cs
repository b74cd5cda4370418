namespace DiplomacyTracker.Analysis;

/// <summary>How a name was written: in full, title and surname, surname alone, or in Hangul.</summary>
internal enum MentionForm
{
    FullName,
    TitleSurname,
    Surname,
    Hangul,
}

/// <summary>
/// One place an actor is named. <see cref="Candidates"/> holds more than one actor when the name alone cannot decide
/// (a bare "Kim" with two Kims in the article); such a mention is never used as a speaker unless context decides.
/// </summary>
/// <param name="TitleStart">Start of the title written before the name ("Unification Minister Chung"), else Start.</param>
/// <param name="NotSubject">The name modifies a noun or is possessive ("the Trump administration", "Trump's aide").</param>
internal sealed record Mention(
    int Start,
    int End,
    int TitleStart,
    string? Title,
    MentionForm Form,
    IReadOnlyList<CatalogActor> Candidates,
    bool NotSubject)
{
    public CatalogActor? Actor => Candidates.Count == 1 ? Candidates[0] : null;
}

/// <summary>An actor the catalog lacks, found from a title or an appositive next to a full name.</summary>
/// <param name="Role">The title or appositive the article gives them (their description for review), when there is one.</param>
internal sealed record DiscoveredActor(CatalogActor Actor, string? Role, int Start, int End, int TitleStart, string? Title);
