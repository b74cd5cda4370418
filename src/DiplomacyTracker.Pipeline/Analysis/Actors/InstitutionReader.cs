namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds institutions written other than by a catalog spelling and resolves them only when one entry fits:
/// "Seoul's foreign ministry" / "the North Korean defense ministry" (country + head), "the unification ministry"
/// (head unique in the catalog, else the one already named in the article, else the dateline's country's),
/// "the JCS" (acronym of one institution, or defined in the article as "Joint Chiefs of Staff (JCS)") and
/// "Lee's office" (the presidential office of the president holding office on the article's day).
/// </summary>
internal static class InstitutionReader
{
    public static void Find(string text, List<Token> tokens, ActorCatalog catalog, DateOnly? day, bool[] covered, List<Mention> mentions,
        Func<int, bool> notSubject)
    {
        var names = catalog.InstitutionNames;
        var defined = DefinedAcronyms(text, tokens, mentions);
        var dateline = Countries.OfDateline(text, tokens);
        var found = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || tokens[i].Hangul) continue;
            var hit = Acronym(tokens[i], names, defined) is { } a ? (a, i, i)
                : Qualified(text, tokens, i, names) is { } q ? q
                : Bare(tokens, i, names, mentions, found, dateline) is { } b ? b : default;
            if (hit.Item1 is not { } actor) continue;
            var (_, from, to) = hit;
            for (var k = from; k <= to; k++) covered[k] = true;
            found.Add(new Mention(tokens[from].Start, tokens[to].End, tokens[from].Start, null, MentionForm.FullName, [actor], notSubject(to)));
            i = to;
        }
        mentions.AddRange(found);
    }

    /// <summary>Second pass, once surnames are resolved: "Lee's office" → the presidential office.</summary>
    public static void FindOffices(string text, List<Token> tokens, ActorCatalog catalog, DateOnly? day, bool[] covered, List<Mention> mentions,
        Func<int, bool> notSubject)
    {
        if (day is null) return;
        var found = new List<Mention>();
        for (var i = 2; i < tokens.Count; i++)
        {
            if (covered[i] || OfficeOf(text, tokens, i, mentions, catalog, day) is not { } office) continue;
            covered[i] = true;
            var from = tokens[i - 1].Norm == "his" ? tokens[i - 1].Start : tokens[i].Start;
            found.Add(new Mention(from, tokens[i].End, from, null, MentionForm.FullName, [office], notSubject(i)));
        }
        mentions.AddRange(found);
    }

    private static CatalogActor? Acronym(Token token, InstitutionNames names, Dictionary<string, CatalogActor> defined) =>
        token.AllUpper && token.Length is >= 3 and <= 6 ? defined.GetValueOrDefault(token.Norm) ?? names.ByAcronym(token.Norm) : null;

    /// <summary>"Joint Chiefs of Staff (JCS)": an acronym the article defines right after a named institution.</summary>
    private static Dictionary<string, CatalogActor> DefinedAcronyms(string text, List<Token> tokens, List<Mention> mentions)
    {
        var defined = new Dictionary<string, CatalogActor>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Actor is not { Kind: ActorKind.Institution } actor || m.End + 3 >= text.Length || text[m.End] != ' ' || text[m.End + 1] != '(') continue;
            var k = TokenIndex.FirstAtOrAfter(tokens, m.End);
            if (k < tokens.Count && tokens[k].Start == m.End + 2 && tokens[k].AllUpper && tokens[k].End < text.Length && text[tokens[k].End] == ')')
                defined.TryAdd(tokens[k].Norm, actor);
        }
        return defined;
    }

    /// <summary>"Seoul's foreign ministry", "the South Korean unification ministry": a country, then a head of that country's institution.</summary>
    private static (CatalogActor, int, int)? Qualified(string text, List<Token> tokens, int i, InstitutionNames names)
    {
        if (Countries.At(text, tokens, i) is not { } country) return null;
        var headStart = i + country.Length;
        if (headStart >= tokens.Count || !names.MayStartHead(tokens[headStart].Norm)) return null;
        for (var n = Math.Min(InstitutionNames.MaxHeadWords, tokens.Count - headStart); n >= 1; n--)
        {
            var fits = names.WithHead(Join(tokens, headStart, n)).Where(a => a.Country == country.Code).ToList();
            if (fits.Count == 1) return (fits[0], i, headStart + n - 1);
        }
        return null;
    }

    /// <summary>"the unification ministry", "the foreign ministry": unique head, else the one named before, else the dateline's.</summary>
    private static (CatalogActor, int, int)? Bare(List<Token> tokens, int i, InstitutionNames names, List<Mention> before, List<Mention> found, string? dateline)
    {
        if (i == 0 || tokens[i - 1].Norm != "the" || !names.MayStartHead(tokens[i].Norm)) return null;
        for (var n = Math.Min(InstitutionNames.MaxHeadWords, tokens.Count - i); n >= 2; n--)
        {
            var fits = names.WithHead(Join(tokens, i, n));
            if (fits.Count == 0) continue;
            var actor = fits.Count == 1 ? fits[0]
                : LastNamed(before, found, tokens[i].Start, fits) ?? fits.SingleOrDefault(a => a.Country == dateline && dateline is not null);
            return actor is null ? null : (actor, i, i + n - 1);
        }
        return null;
    }

    private static CatalogActor? LastNamed(List<Mention> before, List<Mention> found, int offset, IReadOnlyList<CatalogActor> fits) =>
        before.Concat(found).Where(m => m.End <= offset && m.Actor is { } a && fits.Contains(a)).MaxBy(m => m.Start)?.Actor;

    /// <summary>"Lee's office said": the presidential office, when Lee is the president on the article's day; "President Moon
    /// has decided …, his office said": the office of the president opening the sentence.</summary>
    private static CatalogActor? OfficeOf(string text, List<Token> tokens, int i, List<Mention> mentions, ActorCatalog catalog, DateOnly? day)
    {
        if (day is not { } d || tokens[i].Norm != "office" || i < 2) return null;
        if (tokens[i - 1].Norm == "his" && i + 1 < tokens.Count && ReportingVerbs.At(tokens[i + 1]) is not null)
            return SentenceOpener(text, tokens[i - 1].Start, mentions) is { } opener && PresidentialOffice(opener, catalog, d) is { } own ? own : null;
        if (tokens[i - 1].Norm != "s") return null;
        var owner = mentions.FirstOrDefault(m => m.End == tokens[i - 2].End && m.Actor is { Kind: ActorKind.Person });
        if (owner?.Actor is not { } person || person.RoleOn(d)?.Title is not { } title || !title.StartsWith("President of", StringComparison.Ordinal)) return null;
        if (tokens[i - 1].Start - owner.End != 1 || text[owner.End] is not ('\'' or '\u2019')) return null;
        return PresidentialOffice(person, catalog, d);
    }

    private static CatalogActor? PresidentialOffice(CatalogActor person, ActorCatalog catalog, DateOnly day)
    {
        if (person.RoleOn(day)?.Title is not { } title || !title.StartsWith("President of", StringComparison.Ordinal)) return null;
        var offices = catalog.InstitutionNames.WithHead("presidential office").Where(a => a.Country == person.Country).ToList();
        return offices.Count == 1 ? offices[0] : null;
    }

    /// <summary>The person named first in the sentence holding <paramref name="offset"/> (after a dateline's "--"), or null.</summary>
    private static CatalogActor? SentenceOpener(string text, int offset, List<Mention> mentions)
    {
        var start = Math.Max(Math.Max(text.LastIndexOf(". ", offset, StringComparison.Ordinal), text.LastIndexOf('\n', offset)),
            Math.Max(text.LastIndexOf("-- ", offset, StringComparison.Ordinal), text.LastIndexOf(" - ", offset, StringComparison.Ordinal)));
        var first = mentions.Where(m => m.Start > start && m.End <= offset).MinBy(m => m.Start);
        return first?.Actor is { Kind: ActorKind.Person } person ? person : null;
    }

    private static string Join(List<Token> tokens, int from, int n) =>
        InstitutionNames.Head(string.Join(' ', Enumerable.Range(from, n).Select(k => tokens[k].Norm)));
}
