namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who "he", "she", "it" and "the president" can point at: the subject of the previous sentence (or the one before it, when the
/// sentence between names nobody). Gender is only known from the article or catalog ("sister of", "Mrs."); "she" needs
/// a known woman, "he" refuses one.
/// </summary>
internal sealed class SpeakerContext(IReadOnlySet<string> female, IReadOnlySet<string> male, Func<string, CatalogActor, bool> titleFits, Func<string, CatalogActor?> uniqueFit)
{
    private CatalogActor? _last;
    private int _gap;

    public CatalogActor? Resolve(string pronoun)
    {
        // "the South Korean president said": the one person named in the article who fits, when the last subject does not.
        if (pronoun.StartsWith("the ", StringComparison.Ordinal) && (_last is null || _gap > 1 || ResolveRecent(pronoun) is null))
            return uniqueFit(pronoun[4..]);
        if (_last is null || _gap > 1) return null;
        if (pronoun.StartsWith("the ", StringComparison.Ordinal))
        {
            var phrase = pronoun[4..];
            var institution = phrase.EndsWith("ministry", StringComparison.Ordinal) || phrase.EndsWith("agency", StringComparison.Ordinal)
                || phrase.EndsWith("department", StringComparison.Ordinal) || phrase.EndsWith("office", StringComparison.Ordinal)
                || phrase.EndsWith("command", StringComparison.Ordinal);
            if (institution)
                return _last.Kind == ActorKind.Institution && ActorCatalog.NormalizeName(_last.Name + " " + string.Join(' ', _last.Aliases)).Contains(phrase.Split(' ')[^1], StringComparison.Ordinal) ? _last : null;
            if (_last.Kind == ActorKind.Person && titleFits(phrase, _last)) return _last;
            return null;
        }
        return pronoun switch
        {
            "he" when _last.Kind == ActorKind.Person && !female.Contains(_last.Key) => _last,
            // Gender is known only from the article and the catalog's descriptions: "she" takes the last subject unless
            // they are known to be a man, as "he" takes them unless known to be a woman.
            "she" when _last.Kind == ActorKind.Person && !male.Contains(_last.Key) => _last,
            "it" when _last.Kind.SpeaksAsBody() => _last,
            _ => null,
        };
    }

    private CatalogActor? ResolveRecent(string pronoun)
    {
        var saved = _gap;
        _gap = 0;
        var phrase = pronoun[4..];
        var fits = _last is { Kind: ActorKind.Person } l && titleFits(phrase, l);
        _gap = saved;
        return fits || (_last is { Kind: ActorKind.Institution } && !phrase.Contains(' ')) ? _last : null;
    }

    /// <summary>The most recent subject, for settling a bare surname shared by two named people.</summary>
    public CatalogActor? Last => _gap > 0 ? null : _last;

    public void SetSubject(CatalogActor actor) { _last = actor; _gap = 0; }

    /// <summary>A sentence names people but none as subject, or several at once: nobody is "he" any more.</summary>
    public void Clear() { _last = null; _gap = 0; }

    /// <summary>A sentence naming nobody: the subject survives one such sentence.</summary>
    public void Skip() => _gap++;

    public void KeepSubject() => _gap = 0;

    /// <summary>Who "he" is at one point of the article: the last subject and how many sentences ago.</summary>
    public readonly record struct State(CatalogActor? Last, int Gap);

    public State Save() => new(_last, _gap);

    public void Restore(State state) => (_last, _gap) = (state.Last, state.Gap);

    /// <summary>Gender evidence from appositives, titles, roles and aliases.</summary>
    public static (HashSet<string> Female, HashSet<string> Male) Genders(AnalysedDocument doc)
    {
        string[] femaleWords = ["sister", "wife", "daughter", "mother", "woman", "female", "she", "her", "first lady", "mrs", "ms", "madam", "madame", "chairwoman", "spokeswoman", "queen"];
        string[] maleWords = ["brother", "husband", "son", "father", "mr", "spokesman", "king", "he", "his", "male"];
        var female = new HashSet<string>(StringComparer.Ordinal);
        var male = new HashSet<string>(StringComparer.Ordinal);
        void Judge(string key, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var norm = ActorCatalog.NormalizeName(text);
            if (femaleWords.Any(w => TitleReader.ContainsWord(norm, w))) female.Add(key);
            if (maleWords.Any(w => TitleReader.ContainsWord(norm, w))) male.Add(key);
        }
        foreach (var d in doc.Discovered) Judge(d.Actor.Key, d.Role + " " + d.Title);
        foreach (var (key, role) in doc.AppositiveRoles) Judge(key, role);
        foreach (var m in doc.Mentions)
        {
            if (m.Actor is not { } a) continue;
            Judge(a.Key, m.Title);
            Judge(a.Key, a.Description);
            foreach (var r in a.Roles) Judge(a.Key, r.Title);
        }
        return (female, male);
    }
}
