using System.Globalization;
using System.Text;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// The in-memory index of known actors the analysis resolves names against. Built from the curated reference
/// (tests, CLI `analyze`) or from the store (the app), so it never touches the database itself.
/// </summary>
public sealed class ActorCatalog
{
    private readonly Dictionary<string, CatalogActor> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CatalogActor>> _byName = new(StringComparer.Ordinal);

    public ActorCatalog(IEnumerable<CatalogActor> actors)
    {
        foreach (var actor in actors)
        {
            _byKey[actor.Key] = actor;
            foreach (var name in actor.AllNames)
            {
                var key = NormalizeName(name);
                if (key.Length == 0) continue;
                if (!_byName.TryGetValue(key, out var list)) _byName[key] = list = [];
                if (!list.Contains(actor)) list.Add(actor);
            }
        }
        Actors = _byKey.Values.ToList();
    }

    public IReadOnlyList<CatalogActor> Actors { get; }

    private AliasIndex? _aliasIndex;

    /// <summary>The alias matcher, built on first use and then shared by every article analysed with this catalog.</summary>
    internal AliasIndex AliasIndex => LazyInitializer.EnsureInitialized(ref _aliasIndex, () => new AliasIndex(Actors));

    private InstitutionNames? _institutionNames;

    /// <summary>Institutions by country-free head and acronym, built on first use.</summary>
    internal InstitutionNames InstitutionNames => LazyInitializer.EnsureInitialized(ref _institutionNames, () => new InstitutionNames(Actors));

    /// <summary>Every normalised spelling the catalog knows, for building matchers.</summary>
    public IEnumerable<string> NormalizedNames => _byName.Keys;

    public CatalogActor? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Actors whose name or an alias equals <paramref name="name"/> after normalisation (case, hyphens, spaces).</summary>
    public IReadOnlyList<CatalogActor> FindByName(string name) =>
        _byName.TryGetValue(NormalizeName(name), out var list) ? list : [];

    /// <summary>Builds the catalog from the curated reference file.</summary>
    public static ActorCatalog FromReference(ReferenceActorsFile file) =>
        new(file.Actors.Select(a => new CatalogActor(
            a.Id, null, a.Name,
            ActorKinds.Parse(a.Kind),
            a.Country, a.Surname, a.Aliases ?? [],
            (a.Roles ?? []).Select(r => new CatalogRole(r.Title, r.Organisation, ParseStart(r.From), ParseEnd(r.To))).ToList())
        { Description = a.Description }));

    /// <summary>Loads the embedded reference once per call.</summary>
    public static ActorCatalog FromEmbeddedReference() => FromReference(ReferenceDataLoader.LoadActors());

    /// <summary>"Lee Jae-myung", "lee jae myung" and "LEE Jae‐Myung" all become "lee jae myung"; Hangul is kept.</summary>
    public static string NormalizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        // Text reaching here was cleaned at the edge; a string from elsewhere with a lone surrogate or U+FFFE would make Normalize throw.
        foreach (var ch in Intake.InputText.Clean(name).Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch) || ch == '.' || ch == '\'')
            {
                if (ch is '.' or '\'') continue;
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>"2025-06-04" → that day; "2025-06" → its first day; "2025" → 1 January.</summary>
    public static DateOnly? ParseStart(string? text) => Parse(text, end: false);

    /// <summary>"2025-06-04" → that day; "2025-06" → its last day; "2025" → 31 December.</summary>
    public static DateOnly? ParseEnd(string? text) => Parse(text, end: true);

    private static DateOnly? Parse(string? text, bool end)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('-');
        var inv = CultureInfo.InvariantCulture;
        var year = int.Parse(parts[0], inv);
        if (parts.Length == 1) return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        var month = int.Parse(parts[1], inv);
        if (parts.Length == 2)
            return end ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, month, 1);
        return new DateOnly(year, month, int.Parse(parts[2], inv));
    }
}
