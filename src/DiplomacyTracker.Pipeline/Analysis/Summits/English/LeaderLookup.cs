namespace DiplomacyTracker.Analysis;

/// <summary>A person taking part in a summit and the country they lead then.</summary>
internal readonly record struct Party(string Key, string Country);

/// <summary>
/// Leaders as one summit needs them: the mentions, role phrases ("the North Korean leader", "his Japanese counterpart") and
/// countries ("between the United States and North Korea") that stand for someone who leads a country during the summit's
/// days (<see cref="From"/>..<see cref="To"/>). An ambiguous "Kim" is the one Kim who leads then, if exactly one does.
/// </summary>
internal sealed class LeaderLookup(AnalysedDocument doc, ActorCatalog catalog, DateOnly from, DateOnly to)
{
    public DateOnly From { get; } = from;
    public DateOnly To { get; } = to;
    public ActorCatalog Catalog { get; } = catalog;

    /// <summary>The leader a mention names, or null when it names nobody who leads a country then.</summary>
    public Party? Of(Mention m)
    {
        Party? found = null;
        foreach (var actor in m.Candidates)
        {
            if (Country(actor) is not { } code) continue;
            if (found is not null) return null; // two leaders share the name: undecided
            found = new Party(actor.Key, code);
        }
        return found;
    }

    /// <summary>The country <paramref name="actor"/> leads in the window, or null.</summary>
    public string? Country(CatalogActor actor) => Led(actor)?.Code;

    private (string Code, bool Host)? Led(CatalogActor actor)
    {
        if (actor.Kind != ActorKind.Person) return null;
        var discovered = actor.Key.StartsWith("discovered:", StringComparison.Ordinal)
            ? doc.Discovered.FirstOrDefault(d => d.Actor.Key == actor.Key) : null;
        if (discovered is not null) return Leaders.CountryLed(actor, From, To, discovered.Title ?? discovered.Role ?? "");
        return Leaders.CountryLed(actor, From, To);
    }

    /// <summary>
    /// The leader of <paramref name="code"/> in the window whom the article names (a summit's parties are people the
    /// article names): the one named person who leads that country then, or null when none or several do ("the
    /// inter-Korean summit" in a history of them names four presidents).
    /// </summary>
    public Party? HostOf(string? code)
    {
        if (code is null) return null;
        (Party Party, bool Host)? found = null;
        var tie = false;
        foreach (var actor in Named())
        {
            if (Led(actor) is not { } led || led.Code != code) continue;
            // China's president hosts over its premier; two of a kind (two presidents in a history) decide nothing.
            if (found is { } f && f.Party.Key != actor.Key)
            {
                if (led.Host == f.Host) tie = true;
                else if (led.Host) { found = (new Party(actor.Key, code), true); tie = false; }
                continue;
            }
            found = (new Party(actor.Key, code), led.Host);
        }
        return tie || found is null ? null : found.Value.Party;
    }

    /// <summary>
    /// The leader a role or country stands for ("the South Korean president", "the U.S.-North Korea summit"): the one the
    /// article names, else whoever held the office on the summit's day when the day is known to within a year (a role is
    /// a name by office; a visit's unnamed host is not guessed, see <see cref="HostOf"/>).
    /// </summary>
    /// <param name="byRole">A definite description ("the North Korean leader"): in a window reaching back without a day it
    /// means whoever holds the office when the report is written. A country ("the inter-Korean summit") does not.</param>
    public Party? Holder(string? code, bool byRole = false)
    {
        if (HostOf(code) is { } named) return named;
        var wide = To.DayNumber - From.DayNumber > 400;
        if (code is null || wide && (!byRole || From.Year > 1900)) return null;
        var day = wide ? To : From;
        CatalogActor? found = null;
        foreach (var a in Catalog.Actors)
        {
            if (a.Kind != ActorKind.Person || Leaders.CountryLed(a, day, day) is not { Host: true } led || led.Code != code) continue;
            if (found is not null && !a.Roles.Any(r => r.Title.StartsWith("Acting", StringComparison.Ordinal) && r.HeldOn(day))) continue;
            found = a;
        }
        return found is null ? null : new Party(found.Key, code);
    }

    private List<CatalogActor>? _named;

    /// <summary>Every person the article names (each candidate of an undecided name too).</summary>
    private List<CatalogActor> Named()
    {
        if (_named is not null) return _named;
        var named = new List<CatalogActor>();
        foreach (var m in doc.Mentions)
            foreach (var c in m.Candidates)
                if (c.Kind == ActorKind.Person && !named.Contains(c)) named.Add(c);
        return _named = named;
    }
}
