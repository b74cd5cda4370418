namespace DiplomacyTracker.Analysis;

/// <summary>What a Korean subject phrase names: a speaker, "그는", someone unnamed (관계자, a country), or something else.</summary>
internal enum SubjectKind
{
    Speaker,
    Pronoun,
    Unnamed,
    Other,
}

/// <summary>A subject phrase: tokens [First, Last], its particle, and the actor when it names one.</summary>
internal sealed record KoreanSubject(SubjectKind Kind, CatalogActor? Actor, string Surface, int First, int Last, string Particle, double Confidence)
{
    public bool IsTopic => Particle is "은" or "는" or "께서는";
}

/// <summary>
/// Reads Korean subject phrases over the document's mentions: a name with its titles and a topic or subject particle
/// ("이재명 대통령은", "위성락 청와대 국가안보실장은", "고이즈미 준이치로(小泉純一郞) 일본 총리(이하 당시 직위)가"), an
/// institution ("외교부가", "외교부 대변인은"), a surname with a title for the one person the article named in full with
/// it ("이 대통령은", "위 실장은", "고이즈미 총리는"), "그는", or someone unnamed ("외교부 관계자는", "북한은").
/// </summary>
internal sealed class KoreanSubjects
{
    private readonly AnalysedDocument _doc;
    private readonly Dictionary<int, Mention> _mentionAt = [];
    private readonly Dictionary<int, CatalogActor> _officeAt = [];
    private readonly List<(int Start, CatalogActor Actor, string Name, List<string> Titles)> _persons = [];
    private readonly List<QuoteSpan> _quotes;

    public KoreanSubjects(AnalysedDocument doc, List<QuoteSpan> quotes)
    {
        _doc = doc;
        _quotes = quotes;
        var coveredTo = -1;
        foreach (var m in doc.Mentions)
        {
            if (m is { Form: MentionForm.TitleSurname, Actor: { } holder }) _officeAt[m.Start] = holder; // "이 대통령": the office holder that day
            if (m.Form != MentionForm.Hangul || m.Start < coveredTo) continue; // "외교부" inside "중국 외교부"
            coveredTo = m.End;
            var token = TokenIndex.FirstAtOrAfter(doc.Tokens, m.Start + 1) - 1; // "찾나이재명": the name ends a longer word
            _mentionAt[token >= 0 ? doc.Tokens[token].Start : m.Start] = m;
        }
        foreach (var m in _mentionAt.Values.OrderBy(m => m.Start))
        {
            if (m.Actor is not { Kind: ActorKind.Person } actor) continue;
            var k = TokenIndex.FirstAtOrAfter(doc.Tokens, m.Start + 1) - 1;
            var (_, _, titles) = Phrase(m, k, doc.Tokens.Count);
            _persons.Add((m.Start, actor, doc.Text[m.Start..m.End], titles));
        }
    }

    public Mention? MentionAt(int offset) => _mentionAt.GetValueOrDefault(offset);

    /// <summary>True when token <paramref name="k"/> lies inside a quotation.</summary>
    public bool InQuote(int k) => QuoteFinder.Containing(_quotes, _doc.Tokens[k].Start) is not null;

    /// <summary>
    /// The subject of the clause in tokens [from, to): the first topic phrase ("…은/는"), else the first subject phrase
    /// ("…이/가") not inside a phrase that sets the scene ("정상회담이 길어진 데 대해"). Quotes are skipped.
    /// </summary>
    public KoreanSubject? First(int from, int to)
    {
        KoreanSubject? topic = null;
        KoreanSubject? provisional = null;
        for (var k = from; k < to; k++)
        {
            if (InQuote(k)) continue;
            var word = _doc.Tokens[k].Norm;
            if (EndsClause(k)) { topic = null; provisional = null; continue; } // "…받고 있었으며, 고이즈미 총리는": the subject of the last clause
            if (KoreanWords.IsSceneMarker(word)) { provisional = null; continue; }
            if (topic is not null || At(k, to) is not { } s) continue;
            // "박원곤 … 교수도 \"…\"": "also" marks the subject only where it opens the clause ("트럼프 대통령도 만나" is an object).
            if (s.Particle == "도" && Enumerable.Range(from, s.First - from).Any(j => !KoreanWords.IsLead(_doc.Tokens[j]))) { k = s.Last; continue; }
            if (s.IsTopic || s.Particle == "도" || s.Kind == SubjectKind.Pronoun) topic = s;
            else provisional ??= s;
            k = s.Last;
        }
        return topic ?? provisional;
    }

    /// <summary>A word closing a clause: a contrast or background ending ("…했으나", "…지만", "…는데"), or "…며,"/"…고," before a comma.</summary>
    private bool EndsClause(int k)
    {
        var t = _doc.Tokens[k];
        var w = t.Norm;
        if (w.Length < 2 || !KoreanNameWords.AllHangul(w)) return false;
        if (w.EndsWith("으나", StringComparison.Ordinal) || w.EndsWith("었으나", StringComparison.Ordinal) || w.EndsWith("지만", StringComparison.Ordinal)
            || w.EndsWith("는데", StringComparison.Ordinal) || w.EndsWith("으며", StringComparison.Ordinal)) return true;
        return t.End < _doc.Text.Length && _doc.Text[t.End] == ',' && (w.EndsWith('며') || w.EndsWith('고') || w.EndsWith('서'));
    }

    /// <summary>The subject phrase starting at token <paramref name="k"/>, or null when none starts there.</summary>
    public KoreanSubject? At(int k, int to)
    {
        var tokens = _doc.Tokens;
        var t = tokens[k];
        if (t.Norm is "그는" or "그녀는" or "그가" or "그녀가") return new KoreanSubject(SubjectKind.Pronoun, null, t.Norm, k, k, t.Norm[^1..], 0.78);
        if (MentionAt(t.Start) is { } m)
        {
            var (last, tail, titles) = Phrase(m, k, to);
            if (m.Actor is { Kind: ActorKind.Institution } && tail == "" && last + 1 < to && MentionAt(tokens[last + 1].Start) is { Actor.Kind: ActorKind.Person })
                return At(last + 1, to); // "통일부 정동영 장관은": the minister speaks
            if (!IsSubject(tail)) return null;
            var surface = _doc.Text[t.Start..tokens[last].End];
            if (m.Actor is not { } actor) return new KoreanSubject(SubjectKind.Other, null, surface, k, last, tail, 0);
            if (actor.Kind == ActorKind.Institution)
            {
                if (titles.Count > 0 && !titles.All(x => x is "대변인" or "부대변인" or "대변인실")) return new KoreanSubject(SubjectKind.Unnamed, null, surface, k, last, tail, 0); // "통일부 장관은"
                // "캐롤라인 레빗 백악관 대변인은": a name the reader could not resolve stands before the institution; the person speaks, not the office.
                if (titles.Count > 0 && k > 0 && tokens[k - 1].Hangul && WordTokenizer.OnlySpaces(_doc.Text, tokens[k - 1].End, t.Start) && MentionAt(tokens[k - 1].Start) is null
                    && KoreanActorDiscoverer.NamePart(tokens[k - 1].Norm) && !KoreanWords.IsLead(tokens[k - 1]) && !ForeignCountry(tokens[k - 1].Norm))
                    return new KoreanSubject(SubjectKind.Other, null, surface, k, last, tail, 0);
                if (k > 0 && actor.Country == "KR" && ForeignCountry(tokens[k - 1].Norm)) return new KoreanSubject(SubjectKind.Other, null, surface, k, last, tail, 0); // "중국 외교부는"
            }
            return new KoreanSubject(SubjectKind.Speaker, actor, surface, k, last, tail, 0.92);
        }
        if (k + 1 < to && IsReferenceWord(t) && KoreanNameWords.SplitTitle(tokens[k + 1].Norm) is { } title && WordTokenizer.OnlySpaces(_doc.Text, t.End, tokens[k + 1].Start))
        {
            if (!IsSubject(title.Particle)) return null;
            var surface = _doc.Text[t.Start..tokens[k + 1].End];
            return Resolve(t, title.Title) is { } person
                ? new KoreanSubject(SubjectKind.Speaker, person, surface, k, k + 1, title.Particle, 0.88)
                : new KoreanSubject(SubjectKind.Other, null, surface, k, k + 1, title.Particle, 0);
        }
        if (KoreanWords.SubjectParticle(t.Norm) is not { } particle) return null;
        var stem = t.Norm[..^particle.Length];
        var kind = KoreanWords.IsUnnamedHead(stem) || KoreanNameWords.SplitTitle(t.Norm) is not null ? SubjectKind.Unnamed : SubjectKind.Other;
        return new KoreanSubject(kind, null, t.Norm, k, k, particle, 0);
    }

    /// <summary>
    /// Anyone named at token <paramref name="k"/>, whatever the particle: a mention with its titles ("시진핑 중국 국가주석과")
    /// or a surname with a title ("시 주석과"). The actor (null when unresolved), the phrase's last token and its particle.
    /// </summary>
    public (CatalogActor? Actor, int Last, string Particle)? Named(int k, int to)
    {
        var tokens = _doc.Tokens;
        var t = tokens[k];
        if (MentionAt(t.Start) is { } m)
        {
            var (last, tail, _) = Phrase(m, k, to);
            return (m.Actor, last, tail);
        }
        if (k + 1 < to && IsReferenceWord(t) && KoreanNameWords.SplitTitle(tokens[k + 1].Norm) is { } title && WordTokenizer.OnlySpaces(_doc.Text, t.End, tokens[k + 1].Start))
            return (Resolve(t, title.Title), k + 1, title.Particle);
        return null;
    }

    /// <summary>
    /// The one person named in full before <paramref name="reference"/> whose name it shortens ("이" for 이재명, "고이즈미" for
    /// 고이즈미 준이치로, "블레어" for 토니 블레어) and who was written with a title ending in <paramref name="title"/>; null when none or two fit.
    /// </summary>
    public CatalogActor? Resolve(Token reference, string title)
    {
        var w = reference.Norm;
        CatalogActor? found = null;
        var shortened = false;
        foreach (var (start, actor, name, titles) in _persons)
        {
            if (start >= reference.Start || !Shortens(w, name)) continue;
            shortened = true;
            var withTitles = _persons.Where(p => p.Actor.Key == actor.Key).SelectMany(p => p.Titles).ToList();
            if (withTitles.Count > 0 && !withTitles.Any(x => x.EndsWith(title, StringComparison.Ordinal))) continue;
            if (found is not null && found.Key != actor.Key) return null;
            found = actor;
        }
        return shortened ? found : _officeAt.GetValueOrDefault(reference.Start);
    }

    private static bool Shortens(string w, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1) return w == words[0] || w == words[^1];
        return w.Length <= 2 && name.Length > w.Length && name.StartsWith(w, StringComparison.Ordinal);
    }

    /// <summary>A word that may shorten a name: one or two syllables ("이", "자오"), or a word of a longer Hangul name.</summary>
    private bool IsReferenceWord(Token t) =>
        KoreanNameWords.AllHangul(t.Norm) && (t.Norm.Length <= 2 || _officeAt.ContainsKey(t.Start) || _persons.Any(p => p.Name.Contains(' ') && Shortens(t.Norm, p.Name)));

    /// <summary>
    /// From a mention at token <paramref name="k"/>: the last token of the phrase with its titles ("김정은 북한 노동당 총비서 겸
    /// 국무위원장이"), skipping parentheses ("(小泉純一郞)", "(이하 당시 직위)"), the particle after it, and the titles.
    /// </summary>
    public (int Last, string Tail, List<string> Titles) Phrase(Mention m, int k, int to)
    {
        var tokens = _doc.Tokens;
        var text = _doc.Text;
        var last = k;
        while (last + 1 < to && tokens[last].End < m.End) last++;
        var titles = new List<string>();
        var tail = m.End <= tokens[last].End ? text[m.End..tokens[last].End] : "";
        var j = last + 1;
        while (tail.Length == 0 && j < to && j - k <= 8)
        {
            var gap = text[tokens[j - 1].End..tokens[j].Start];
            if (gap.Contains('('))
            {
                var close = text.IndexOf(')', tokens[j - 1].End);
                if (close < 0 || close - tokens[j - 1].End > 40) break;
                while (j < to && tokens[j].Start < close) j++;
                if (j >= to) break;
                if (tokens[j].Start == close + 1 && KoreanNameWords.Particles.Contains(tokens[j].Norm)) { last = j; tail = tokens[j].Norm; break; } // "직위)가"
                if (!WordTokenizer.OnlySpaces(text, close + 1, tokens[j].Start)) break;
            }
            else if (!WordTokenizer.OnlySpaces(text, tokens[j - 1].End, tokens[j].Start)) break;
            var word = tokens[j].Norm;
            if (word == "겸" || KoreanNameWords.TitleQualifiers.Contains(word) || KoreanNameWords.PersonTitles.Contains(word) || KoreanNameWords.Countries.Contains(word)
                || KoreanActorDiscoverer.IsOrganisation(word)) // "양무진 북한대학원대 총장은", "홍길동 세종연구소 수석연구위원은"
            {
                if (KoreanNameWords.PersonTitles.Contains(word)) titles.Add(word);
                last = j++;
                continue;
            }
            if (KoreanNameWords.SplitTitle(word, qualifiers: true) is { } split) { titles.Add(split.Title); last = j; tail = split.Particle; }
            break;
        }
        return (last, tail, titles);
    }

    private static bool IsSubject(string particle) => particle is "은" or "는" or "이" or "가" or "께서" or "께서는" or "도";

    private static bool ForeignCountry(string word) => word is "미국" or "미" or "중국" or "일본" or "러시아" or "북한" or "북" or "中" or "日" or "美" or "北" or "英" or "영국";
}
