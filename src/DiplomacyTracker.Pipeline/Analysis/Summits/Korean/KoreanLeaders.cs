namespace DiplomacyTracker.Analysis;

/// <summary>
/// The heads of state and government a Korean article names, and who takes part in a meeting it reports: the leaders
/// named in the sentence ("이재명 대통령은 … 시진핑 국가주석과"), "그는" for the person the sentence before was about, and
/// for a pair written as countries ("한중 정상회담", "한·중", "미일") each country's leader named in the article.
/// </summary>
internal sealed class KoreanLeaders(KoreanReading reading)
{
    /// <summary>Words of a head of state's or government's role, catalog (English) or written (Korean).</summary>
    private static readonly string[] LeaderRoles =
    [
        "President of", "Prime Minister of", "Premier of", "Chairman of the State Affairs", "General Secretary", "Supreme Leader",
        "Chairman of the National Defence Commission", "First Secretary of the Workers",
    ];

    private static readonly string[] LeaderTitles = ["대통령", "총리", "국무총리", "주석", "국가주석", "총통", "국왕", "국무위원장", "총비서"];

    /// <summary>Country syllables of a pair written before "정상회담" ("한중", "북미", "한미일").</summary>
    private static readonly Dictionary<char, string> CountrySyllables = new()
    {
        ['한'] = "KR", ['남'] = "KR", ['북'] = "KP", ['미'] = "US", ['중'] = "CN", ['일'] = "JP", ['러'] = "RU", ['영'] = "GB", ['독'] = "DE", ['프'] = "FR",
    };

    private readonly AnalysedDocument _doc = reading.Doc;

    /// <summary>True for someone who heads a state or government (any time: a 2002 summit's leaders are named as such).</summary>
    public bool IsLeader(CatalogActor a)
    {
        if (a.Kind != ActorKind.Person) return false;
        if (a.Roles.Any(r => LeaderRoles.Any(l => r.Title.Contains(l, StringComparison.Ordinal)) && !r.Title.StartsWith("Vice", StringComparison.Ordinal))) return true;
        var role = _doc.Discovered.FirstOrDefault(d => d.Actor.Key == a.Key)?.Role;
        if (role is null) return false;
        var words = role.Split(' ');
        return LeaderTitles.Contains(words[^1]) && !words.Any(w => w is "전" or "前" or "부");
    }

    /// <summary>The leaders named in tokens [first, end): actor, token, particle. "그는"/"그가" is the person sentence <paramref name="previous"/> was about.</summary>
    public List<(CatalogActor Actor, int Token, string Particle)> In(int first, int end, Sentence? previous)
    {
        var found = new List<(CatalogActor, int, string)>();
        var tokens = _doc.Tokens;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].Norm is "그는" or "그가" && previous is { } p && About(p) is { } person && IsLeader(person))
            {
                found.Add((person, k, tokens[k].Norm[^1..]));
                continue;
            }
            if (reading.Subjects.InQuote(k) || reading.Subjects.Named(k, end) is not { } named) continue; // "…"나는 김정은과 …"": the quote's, not the meeting's
            if (named.Actor is { } actor && IsLeader(actor) && !found.Any(f => f.Item1.Key == actor.Key)) found.Add((actor, k, named.Particle));
            k = named.Last;
        }
        return found;
    }

    /// <summary>The leaders named in sentence <paramref name="s"/>.</summary>
    public List<(CatalogActor Actor, int Token, string Particle)> In(Sentence s)
    {
        var first = TokenIndex.FirstAtOrAfter(_doc.Tokens, s.Start);
        var end = first;
        while (end < _doc.Tokens.Count && _doc.Tokens[end].End <= s.End) end++;
        return In(first, end, null);
    }

    /// <summary>
    /// The partner of meeting verb <paramref name="k"/> ("…과 만나", "…를 접견"): the nearest word before it with "과/와/을/를"
    /// outside quotes, within five words. False when that word names no leader ("기자들과 만나": reporters, not a summit).
    /// </summary>
    public bool PartnerIsLeader(int first, int k)
    {
        var tokens = _doc.Tokens;
        for (var j = k - 1; j >= first && j >= k - 5; j--)
        {
            if (reading.Subjects.InQuote(j)) return false;
            var w = tokens[j].Norm;
            if (!(w.EndsWith('과') || w.EndsWith('와') || w.EndsWith('을') || w.EndsWith('를') || w.EndsWith("과도", StringComparison.Ordinal))) continue;
            for (var h = Math.Max(first, j - 8); h <= j; h++)
                if (reading.Subjects.Named(h, j + 1) is { } named && named.Last == j) return named.Actor is { } a && IsLeader(a);
            return false;
        }
        return true; // "두 정상이 만나": no partner word, the subject holds both
    }

    /// <summary>
    /// The pair "양 정상은" in sentence <paramref name="n"/> stands for: the two distinct leaders named last in the three
    /// sentences before ("김 위원장은 …. 푸틴 대통령은 …. 두 정상은 …"); fewer than two, nothing.
    /// </summary>
    public List<(CatalogActor Actor, int Token, string Particle)> PairBefore(int n)
    {
        var pair = new List<(CatalogActor Actor, int Token, string Particle)>();
        for (var m = n - 1; m >= 0 && m >= n - 3 && pair.Count < 2; m--)
        {
            var named = In(_doc.Sentences[m]);
            if (named.Count > 2) break; // three leaders just before: which two is a guess
            foreach (var x in Enumerable.Reverse(named))
                if (pair.Count < 2 && !pair.Any(p => p.Actor.Key == x.Actor.Key)) pair.Add(x);
        }
        return pair;
    }

    /// <summary>True when tokens [first, end) say "the two leaders" ("양 정상은", "양국 정상이", "두 정상은") outside quotes.</summary>
    public bool BothLeaders(int first, int end)
    {
        var tokens = _doc.Tokens;
        for (var k = first + 1; k < end; k++)
            if (tokens[k - 1].Norm is "양" or "양국" or "두" && tokens[k].Norm is "정상은" or "정상이" or "정상들은" or "정상들이" or "정상" && !reading.Subjects.InQuote(k)) return true;
        return false;
    }

    /// <summary>The countries of a pair written at token <paramref name="k"/> before the meeting word ("한중정상회담", "한·중 정상회담", "미일").</summary>
    public List<string> PairAt(int k, string prefix)
    {
        var tokens = _doc.Tokens;
        if (prefix.Length >= 2 && prefix.All(CountrySyllables.ContainsKey)) return prefix.Select(c => CountrySyllables[c]).Distinct().ToList();
        if (prefix.Length > 0) return [];
        // "한·중 정상회담": single syllables joined by "·" in the tokens before.
        var countries = new List<string>();
        var j = k - 1;
        while (j >= 0 && tokens[j].Norm.Length == 1 && CountrySyllables.TryGetValue(tokens[j].Norm[0], out var c)
            && _doc.Text[tokens[j].End..tokens[j + 1].Start] is "·" or "ㆍ" or "-" or " " or "/")
        {
            countries.Insert(0, c);
            if (j == 0 || _doc.Text[tokens[j - 1].End..tokens[j].Start] is not ("·" or "ㆍ" or "-" or "/")) break;
            j--;
        }
        return countries.Count >= 2 ? countries : [];
    }

    /// <summary>
    /// The leader of <paramref name="country"/> the article names: one in office on <paramref name="day"/> first ("한중 정상회담"
    /// in 2026 is Lee's, not Moon's), nearest before <paramref name="offset"/>, else after; null when none.
    /// </summary>
    public CatalogActor? OfCountry(string country, int offset, DateOnly? day)
    {
        CatalogActor? before = null, after = null, inOfficeBefore = null, inOfficeAfter = null;
        foreach (var m in _doc.Mentions)
        {
            if (m.Form != MentionForm.Hangul || m.Actor is not { } a || CountryOf(a) != country || !IsLeader(a)) continue;
            var inOffice = day is { } d && a.RoleOn(d) is { } role && LeaderRoles.Any(l => role.Title.Contains(l, StringComparison.Ordinal));
            if (m.Start < offset) { before = Head(before, a); if (inOffice) inOfficeBefore = Head(inOfficeBefore, a); }
            else { after ??= a; if (inOffice) inOfficeAfter = Head(inOfficeAfter, a); }
        }
        return inOfficeBefore ?? inOfficeAfter ?? before ?? after;
    }

    /// <summary>Of two leaders of one country, the head of state ("한중 정상회담" is Xi's, not Premier Li's); else the later.</summary>
    private static CatalogActor Head(CatalogActor? kept, CatalogActor next) =>
        kept is not null && kept.Key != next.Key && IsHeadOfGovernmentOnly(next) && !IsHeadOfGovernmentOnly(kept) ? kept : next;

    private static bool IsHeadOfGovernmentOnly(CatalogActor a) =>
        a.Roles.Any(r => r.Title.StartsWith("Premier", StringComparison.Ordinal) || r.Title.StartsWith("Prime Minister", StringComparison.Ordinal))
        && !a.Roles.Any(r => r.Title.StartsWith("President of", StringComparison.Ordinal) || r.Title.Contains("General Secretary", StringComparison.Ordinal));

    public static string? CountryOf(CatalogActor a) => a.Country;

    /// <summary>True when the catalog has the leader in a leader's office on <paramref name="day"/> (discovered leaders count as in office).</summary>
    public static bool InOffice(CatalogActor a, DateOnly? day) =>
        a.Roles.Count == 0 || day is not { } d || (a.RoleOn(d) is { } role && LeaderRoles.Any(l => role.Title.Contains(l, StringComparison.Ordinal)));

    /// <summary>The person sentence <paramref name="s"/> is about (its subject), or null.</summary>
    public CatalogActor? About(Sentence s)
    {
        var first = TokenIndex.FirstAtOrAfter(_doc.Tokens, s.Start);
        var end = first;
        while (end < _doc.Tokens.Count && _doc.Tokens[end].End <= s.End) end++;
        return reading.Subjects.First(first, end) is { Kind: SubjectKind.Speaker, Actor: { Kind: ActorKind.Person } person } ? person : null;
    }
}
