namespace DiplomacyTracker.Analysis;

/// <summary>How a summit's participants are named in its title ("Lee–Xi summit"); shared by the English and Korean readers.</summary>
internal static class SummitSentenceReader
{
    /// <summary>The surname of a catalog or discovered person, capitalised ("Lee"), else the key.</summary>
    internal static string Surname(AnalysedDocument doc, ActorCatalog catalog, string key)
    {
        var actor = catalog.FindByKey(key) ?? doc.Discovered.FirstOrDefault(d => d.Actor.Key == key)?.Actor;
        var surname = actor is null ? key : AliasIndex.SurnameOf(actor) ?? actor.Name;
        return surname.Length == 0 ? key : char.ToUpperInvariant(surname[0]) + surname[1..];
    }
}
