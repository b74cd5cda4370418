namespace DiplomacyTracker.Analysis;

/// <summary>A Korean grammatical subject that names a speaker: who, how sure, where the phrase ends.</summary>
internal sealed record KoreanSubject(CatalogActor Actor, string Surface, int End, double Confidence);

/// <summary>
/// Reads the subject of a Korean wire sentence: a catalog Hangul name with optional titles and a topic/subject
/// particle ("이재명 대통령은", "정동영 통일부 장관은", "통일부 정동영 장관은"), an institution ("통일부는", "외교부
/// 대변인은"), or a surname with a title for someone the article named in full ("이 대통령은"). Unnamed officials
/// ("정부 관계자는", "한 소식통은") and names in another role ("이재명 대통령의") are nobody.
/// </summary>
internal sealed class KoreanSpeakers
{
    /// <summary>Titles and the organisations written inside them ("통일부 장관", "북한 국무위원장").</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "대통령", "국무위원장", "위원장", "총비서", "장관", "차관", "제1차관", "대변인", "부대변인", "실장", "국가안보실장", "안보실장",
        "비서실장", "총리", "국무총리", "대사", "주미대사", "특별대표", "본부장", "부부장", "외무상", "제1부상", "부상", "의장",
        "국방장관", "당선인", "여사", "수석", "국방부장관", "외교부장관", "통일부장관", "국무장관", "주석", "총서기", "원장",
        "외교부", "통일부", "국방부", "국가안보실", "대통령실", "국정원", "노동당", "당", "중앙위원회", "국무부",
        "미국", "북한", "한국", "중국", "일본", "러시아", "미", "북", "전", "신임",
    };

    /// <summary>Who speaks for an institution written just before it ("통일부 대변인은").</summary>
    private static readonly HashSet<string> SpokespersonWords = new(StringComparer.Ordinal) { "대변인", "대변인실" };

    /// <summary>Country words that make a following ministry someone else's ("중국 외교부").</summary>
    private static readonly HashSet<string> CountryWords = new(StringComparer.Ordinal) { "미국", "미", "북한", "북", "중국", "일본", "러시아", "유엔", "日", "中", "美" };

    /// <summary>The catalog's full Hangul names in the article, with the title words that followed each.</summary>
    private readonly List<(Mention Mention, CatalogActor Actor, List<string> Titles)> _named = [];
    private readonly AnalysedDocument _doc;
    private readonly Dictionary<int, Mention> _mentionAt = [];

    public KoreanSpeakers(AnalysedDocument doc)
    {
        _doc = doc;
        var coveredTo = -1;
        foreach (var m in doc.Mentions)
        {
            if (m.Form != MentionForm.Hangul || m.Start < coveredTo) continue; // "외교부" inside "중국 외교부"
            coveredTo = m.End;
            _mentionAt[m.Start] = m;
            if (m.Actor is { Kind: ActorKind.Person } actor) _named.Add((m, actor, TitlesAfter(m)));
        }
    }

    public bool HasMentions => _mentionAt.Count > 0;

    /// <summary>A catalog mention starting at a token (the outer one when aliases nest).</summary>
    public Mention? MentionAt(int offset) => _mentionAt.GetValueOrDefault(offset);

    /// <summary>The subject phrase starting at token <paramref name="i"/>, or null when it names no one for sure.</summary>
    public KoreanSubject? Read(int i, int limit)
    {
        var tokens = _doc.Tokens;
        var start = i;
        while (i < limit && TitleWords.Contains(tokens[i].Norm) && MentionAt(tokens[i].Start) is null && i - start < 3) i++; // "통일부 정동영 장관은"
        if (i >= limit) return null;
        var t = tokens[i];
        var m = MentionAt(t.Start);
        if (m is { Actor.Kind: ActorKind.Institution } && m.End == t.End && i + 1 < limit
            && MentionAt(tokens[i + 1].Start) is { Actor.Kind: ActorKind.Person })
        {
            i++; // "통일부 정동영 장관은": the ministry names the minister's office, the minister speaks
            t = tokens[i];
            m = MentionAt(t.Start)!;
        }
        if (m is not null)
        {
            if (m.Actor is not { } actor) return null;
            // "중국 외교부는" is China's ministry, not the catalog's "외교부".
            if (actor.Kind == ActorKind.Institution && i > 0 && CountryWords.Contains(tokens[i - 1].Norm) && string.IsNullOrWhiteSpace(_doc.Text[tokens[i - 1].End..t.Start])) return null;
            var end = EndOfSubject(m.End, i, limit, actor.Kind == ActorKind.Institution);
            return end < 0 ? null : new KoreanSubject(actor, _doc.Text[tokens[start].Start..m.End], end, 0.92);
        }
        // "이 대통령은": a one-syllable surname and a title, for someone the article named in full with that title.
        if (t.Norm.Length != 1 || i + 1 >= limit || start != i) return null;
        var titleEnd = EndOfSubject(t.End, i, limit, institution: false);
        if (titleEnd < 0 || titleEnd == t.End) return null;
        var title = Stem(_doc.Text[tokens[i + 1].Start..titleEnd]);
        return NamedBefore(t, title) is { } fit ? new KoreanSubject(fit, _doc.Text[t.Start..titleEnd], titleEnd, 0.88) : null;
    }

    /// <summary>
    /// "이 대통령": the one person named in full earlier with that surname and a title ending the same way; null when none or two fit.
    /// </summary>
    public CatalogActor? NamedBefore(Token surname, string title)
    {
        var fits = _named.Where(n => n.Mention.Start < surname.Start && n.Actor.Aliases.Any(a => a.Length >= 2 && a[0] == surname.Norm[0] && a.All(WordTokenizer.IsHangul))
                && n.Titles.Any(x => x.EndsWith(title, StringComparison.Ordinal)))
            .Select(n => n.Actor).DistinctBy(a => a.Key).Take(2).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// Where the subject ends after a name ending at <paramref name="nameEnd"/> inside token <paramref name="i"/>: right after
    /// a particle on the name, or after title words the last of which carries it. -1 when there is no subject particle.
    /// </summary>
    private int EndOfSubject(int nameEnd, int i, int limit, bool institution)
    {
        var tokens = _doc.Tokens;
        var text = _doc.Text;
        var rest = text[nameEnd..tokens[i].End];
        if (rest.Length > 0) return IsParticle(rest) ? tokens[i].End : -1;
        var spoke = false;
        for (var k = i + 1; k < limit && k <= i + 4; k++)
        {
            var word = tokens[k].Norm;
            var stem = Stem(word);
            var known = institution ? SpokespersonWords.Contains(stem) : TitleWords.Contains(stem);
            if (!known) return -1;
            spoke |= SpokespersonWords.Contains(stem);
            if (stem.Length < word.Length) return !institution || spoke ? tokens[k].End : -1;
        }
        return -1;
    }

    private List<string> TitlesAfter(Mention m)
    {
        var tokens = _doc.Tokens;
        var titles = new List<string>();
        var i = TokenIndex.FirstAtOrAfter(tokens, m.Start);
        if (i >= tokens.Count || tokens[i].End != m.End) return titles;
        for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
        {
            // Any particle may follow a title at the first mention ("이재명 대통령과 …", "김정은 위원장의 …").
            var word = tokens[k].Norm;
            var stem = TitleWords.Contains(word) ? word : word.Length >= 2 && TitleWords.Contains(word[..^1]) && word[^1] is '은' or '는' or '이' or '가' or '과' or '와' or '의' or '을' or '를' or '도' ? word[..^1] : null;
            if (stem is null) break;
            titles.Add(stem);
            if (stem.Length < word.Length) break;
        }
        return titles;
    }

    /// <summary>
    /// "김정은 위원장을 향해", "트럼프 대통령에게", "조현 장관과의 회담에서": a name (with its titles) taken as an object, a
    /// recipient or a companion between the subject and the quote. The number of tokens it covers, or 0 when it may be a speaker.
    /// </summary>
    public int ObjectPhrase(int k, int limit)
    {
        var tokens = _doc.Tokens;
        if (MentionAt(tokens[k].Start) is not { } m) return 0;
        var last = k;
        var tail = _doc.Text[m.End..tokens[k].End];
        while (tail.Length == 0 && last + 1 < limit && last - k < 4)
        {
            var word = tokens[last + 1].Norm;
            if (TitleWords.Contains(word)) { last++; continue; }
            var title = TitleWords.Where(t => word.Length > t.Length && word.StartsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);
            if (title is null) break;
            last++;
            tail = word[title.Length..];
        }
        return ObjectEndings.Contains(tail) ? last - k + 1 : 0;
    }

    /// <summary>A title word ("대통령", "장관") or an organisation written inside a title ("통일부").</summary>
    public static bool IsTitleWord(string word) => TitleWords.Contains(word);

    /// <summary>Particles of an object, a recipient or a companion ("을", "에게", "과의"), never of a subject.</summary>
    private static readonly HashSet<string> ObjectEndings = new(StringComparer.Ordinal) { "을", "를", "에게", "께", "과", "와", "과의", "와의", "에", "에게는" };

    /// <summary>The word without a trailing topic/subject particle ("장관은" → "장관"); other words unchanged.</summary>
    public static string Stem(string word)
    {
        if (word.Length >= 2 && IsParticle(word[^1..]) && TitleWords.Contains(word[..^1])) return word[..^1];
        return word;
    }

    private static bool IsParticle(string s) => s is "은" or "는" or "이" or "가";
}
