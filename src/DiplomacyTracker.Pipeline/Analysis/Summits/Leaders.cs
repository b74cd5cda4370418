namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who can take part in a summit: heads of state and government, by their catalog roles on the summit's day ("President
/// of South Korea", "Prime Minister of Japan", "Premier of China", "Supreme Leader of North Korea", any "President of" or
/// "Prime Minister of" a country). A summit is a meeting of leaders of different countries, so a spokesperson, an
/// adviser, a first lady or two presidents of one country ("Yoon, who succeeded Moon") never make one.
/// </summary>
internal static class Leaders
{
    private static readonly string[] HeadTitles = ["President of ", "Acting President of ", "Supreme Leader of ", "King of ", "Queen of ", "Emir of "];
    private static readonly string[] GovernmentTitles = ["Prime Minister of ", "Premier of ", "Chancellor of "];

    /// <summary>Titles that name an office but lead nothing: South Korea's prime minister serves the president; North
    /// Korea's premier and the Presidium's president are not who summits are held with.</summary>
    private static readonly HashSet<string> NotLeading = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prime Minister of South Korea", "Premier of North Korea",
    };

    /// <summary>Countries whose head of government is the one who hosts and holds summits.</summary>
    private static readonly HashSet<string> GovernmentLeads = new(StringComparer.Ordinal) { "JP", "GB", "IN", "AU", "CA", "DE", "IT", "ES", "NZ", "TH" };

    /// <summary>The country <paramref name="actor"/> leads at some time in [from, to] and whether as its host (the one
    /// visitors meet: a president, or Japan's prime minister), or null. A person the catalog lacks leads when the article
    /// gives them a leader's title (<paramref name="discoveredRole"/>); their country, when unknown, is their own key (a
    /// country of one, so two such leaders still count as two countries).</summary>
    public static (string Code, bool Host)? CountryLed(CatalogActor actor, DateOnly from, DateOnly to, string? discoveredRole = null)
    {
        if (actor.Kind != ActorKind.Person) return null;
        if (discoveredRole is not null) return DiscoveredLeader(discoveredRole) ? (actor.Country ?? actor.Key, true) : null;
        (string Code, bool Host)? found = null;
        foreach (var r in actor.Roles)
        {
            if ((r.From is not null && r.From > to) || (r.To is not null && r.To < from)) continue;
            if (Led(r.Title) is not { } led) continue;
            if (found is null || (led.Host && !found.Value.Host)) found = led;
        }
        return found;
    }

    /// <summary>The country a role title leads and whether it hosts ("Premier of China" leads China, the president hosts).</summary>
    private static (string Code, bool Host)? Led(string title)
    {
        if (NotLeading.Contains(title)) return null;
        foreach (var prefix in HeadTitles)
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && CountryCode(title[prefix.Length..]) is { } code) return (code, true);
        foreach (var prefix in GovernmentTitles)
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && CountryCode(title[prefix.Length..]) is { } code) return (code, GovernmentLeads.Contains(code));
        return null;
    }

    private static string? CountryCode(string name)
    {
        var trimmed = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return Gazetteer.Find(trimmed) is { Level: PlaceLevel.Country or PlaceLevel.City, CountryCode: { } code } place
            && (place.Level == PlaceLevel.Country || trimmed.Equals("Singapore", StringComparison.OrdinalIgnoreCase)) ? code : null;
    }

    private static readonly string[] DiscoveredTitles = ["president", "prime minister", "premier", "chancellor", "king", "emir", "sultan"];

    private static bool DiscoveredLeader(string role) =>
        DiscoveredTitles.Any(t => role.StartsWith(t, StringComparison.OrdinalIgnoreCase))
        && !role.Contains("vice", StringComparison.OrdinalIgnoreCase) && !role.Contains("deputy", StringComparison.OrdinalIgnoreCase)
        && !role.Contains("former", StringComparison.OrdinalIgnoreCase) && !role.Contains(" of the ", StringComparison.OrdinalIgnoreCase);
}
