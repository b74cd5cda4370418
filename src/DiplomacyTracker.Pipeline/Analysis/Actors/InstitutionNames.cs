namespace DiplomacyTracker.Analysis;

/// <summary>
/// The catalog's institutions by their country-free heads ("foreign ministry", "joint chiefs of staff") and acronyms
/// ("JCS"), so "Seoul's foreign ministry", "the unification ministry" and "the JCS" can be resolved to one entry.
/// Built once per catalog.
/// </summary>
internal sealed class InstitutionNames
{
    private static readonly string[] LeadingQualifiers =
    [
        "south korean", "south koreas", "north korean", "north koreas", "dprk", "rok", "us", "chinese", "chinas",
        "japanese", "japans", "russian", "russias", "american", "the",
    ];

    private static readonly string[] TrailingQualifiers =
    [
        "of the republic of korea", "of south korea", "of north korea", "of the dprk", "of dprk", "of korea", "of china",
        "of japan", "of russia", "of the united states", "of the us",
    ];

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "of", "the", "and", "for" };

    private readonly Dictionary<string, List<CatalogActor>> _byHead = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CatalogActor>> _byAcronym = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    /// <summary>True when some head starts with this word (a cheap test before building candidate phrases).</summary>
    public bool MayStartHead(string norm) => _firstWords.Contains(norm == "defence" ? "defense" : norm);

    public InstitutionNames(IEnumerable<CatalogActor> actors)
    {
        foreach (var actor in actors.Where(a => a.Kind == ActorKind.Institution))
        {
            foreach (var name in actor.AllNames)
            {
                var head = Head(ActorCatalog.NormalizeName(name));
                if (head.Length == 0 || head.Any(WordTokenizer.IsHangul)) continue;
                Add(_byHead, head, actor);
                _firstWords.Add(head.Split(' ')[0]);
                var words = head.Split(' ');
                var significant = words.Where(w => !Minor.Contains(w)).ToList();
                if (significant.Count >= 3) Add(_byAcronym, string.Concat(significant.Select(w => w[0])), actor);
            }
        }
    }

    /// <summary>The longest head is four words ("ministry of foreign affairs").</summary>
    public const int MaxHeadWords = 4;

    /// <summary>Institutions whose country-free name is exactly <paramref name="head"/> (normalised words).</summary>
    public IReadOnlyList<CatalogActor> WithHead(string head) => _byHead.TryGetValue(head, out var list) ? list : [];

    /// <summary>The one institution an all-capitals acronym stands for, or null when none or several.</summary>
    public CatalogActor? ByAcronym(string norm) => _byAcronym.TryGetValue(norm, out var list) && list.Count == 1 ? list[0] : null;

    /// <summary>"south koreas foreign ministry" and "foreign ministry of south korea" → "foreign ministry".</summary>
    public static string Head(string norm)
    {
        foreach (var q in LeadingQualifiers)
            if (norm.StartsWith(q + " ", StringComparison.Ordinal)) { norm = norm[(q.Length + 1)..]; break; }
        foreach (var q in TrailingQualifiers)
            if (norm.EndsWith(" " + q, StringComparison.Ordinal)) { norm = norm[..^(q.Length + 1)]; break; }
        return norm.Replace("defence", "defense", StringComparison.Ordinal);
    }

    private static void Add(Dictionary<string, List<CatalogActor>> map, string key, CatalogActor actor)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(actor)) list.Add(actor);
    }
}
