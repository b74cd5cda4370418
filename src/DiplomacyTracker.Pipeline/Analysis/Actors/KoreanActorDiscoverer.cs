namespace DiplomacyTracker.Analysis;

/// <summary>
/// Finds, in Hangul text, the people and institutions the catalog lacks, from how Korean news introduces them: a name
/// before its title, with the organisation on either side ("강유정 청와대 대변인", "청와대 강유정 대변인", "이소자키
/// 아쓰히토(礒崎敦仁) 교수", "크리스 라이트 미 에너지부 장관"), and news agencies, newspapers and research institutes by
/// the ending of their name ("교도통신", "니혼게이자이신문(닛케이)", "대외경제정책연구원"). Each becomes a discovered actor
/// named as the article writes it, with the title as its role; every later full mention of it is found too.
/// </summary>
internal static class KoreanActorDiscoverer
{
    /// <summary>Endings of an institution's name: agencies, newspapers, broadcasters, research institutes.</summary>
    private static readonly string[] InstitutionEndings = ["통신", "신문", "일보", "방송", "연구원", "연구소", "시보"];

    /// <summary>Institutions written without such an ending.</summary>
    private static readonly HashSet<string> KnownInstitutions = new(StringComparer.Ordinal)
    {
        "국가안보실", "방위성", "외무성", "외무부", "국방성", "국무원", "닛케이", "연합뉴스", "뉴시스", "타스", "로이터", "블룸버그", "스푸트니크",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = KnownInstitutions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that end the walk left from a title: they are never part of a name.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "이어", "또", "또한", "한편", "특히", "그러면서", "이날", "앞서", "당시", "오늘", "어제", "지난", "오는", "이번", "최근", "다만", "이에",
        "그는", "그", "이", "저", "한", "두", "양", "각", "모든", "여러", "다른", "같은", "새", "현지", "관련", "대해", "통해", "따르면", "위해",
        "그러나", "하지만", "아울러", "반면", "이와", "함께", "때문", "사진", "기자", "특파원", "제공", "연합", "뉴스", "정상", "우리", "측",
    };

    /// <summary>Endings that make a word a clause or a phrase with a particle, not part of a name.</summary>
    private static readonly string[] NotNameEndings = ["의", "에서", "에게", "과", "와", "을", "를", "은", "는", "인", "한", "던", "된", "할", "고", "며", "서", "자", "면", "다", "까지", "부터", "께"];

    /// <summary>The common Korean surnames: a one-word name starting with one reads as Korean and is not joined to the word before.</summary>
    private static readonly HashSet<string> CommonSurnames = new(StringComparer.Ordinal)
    {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍",
        "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채",
        "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "석", "선", "설", "길", "연", "위", "표", "명", "기", "반", "왕",
    };

    public static ActorMentions Extend(string text, List<Token> tokens, ActorMentions found, ActorCatalog catalog, DateOnly? day)
    {
        var covered = new bool[tokens.Count];
        foreach (var m in found.Mentions)
            for (var k = TokenIndex.FirstAtOrAfter(tokens, m.Start); k < tokens.Count && tokens[k].Start < m.End; k++) covered[k] = true;
        var discovered = new List<DiscoveredActor>();
        var byName = new Dictionary<string, CatalogActor>(StringComparer.Ordinal);
        var nameParts = new HashSet<string>(NameParts(catalog), StringComparer.Ordinal);
        var fused = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Hangul || covered[i]) continue;
            if (Fused(text, tokens, i, catalog) is { } inside)
            {
                fused.Add(inside); // "…돌파구 찾나이재명 대통령이": a deck run into the lead
                covered[i] = true;
                continue;
            }
            if ((Person(text, tokens, covered, i, nameParts) ?? Captioned(text, tokens, i)) is { } person && !byName.ContainsKey(person.Actor.Name))
            {
                byName[person.Actor.Name] = person.Actor;
                discovered.Add(person);
            }
            else if (Institution(text, tokens[i]) is { } name)
            {
                if (CatalogInstitution(catalog, name, i > 0 ? tokens[i - 1].Norm : "") is { } known)
                {
                    fused.Add(new Mention(tokens[i].Start, tokens[i].Start + name.Length, tokens[i].Start, null, MentionForm.Hangul, [known], false)); // "북한 외무성"
                    covered[i] = true;
                    continue;
                }
                if (byName.ContainsKey(name)) continue;
                var actor = new CatalogActor("discovered:" + name, null, name, ActorKind.Institution, null, null, [], []);
                byName[name] = actor;
                discovered.Add(new DiscoveredActor(actor, null, tokens[i].Start, tokens[i].Start + name.Length, tokens[i].Start, null));
                if (Parenthesised(text, tokens[i].Start + name.Length) is { } alias && !byName.ContainsKey(alias)) byName[alias] = actor; // "니혼게이자이신문(닛케이)"
            }
        }
        var mentions = found.Mentions.Concat(fused).ToList();
        if (day is { } d) KoreanOfficeHolders.Find(text, tokens, covered, catalog, d, mentions);
        if (byName.Count == 0) return new ActorMentions(mentions.OrderBy(m => m.Start).ToList(), found.Discovered, found.AppositiveRoles);
        var names = byName.OrderByDescending(n => n.Key.Length).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Hangul || covered[i]) continue;
            foreach (var (name, actor) in names)
            {
                if (string.CompareOrdinal(text, tokens[i].Start, name, 0, name.Length) != 0) continue;
                var end = tokens[i].Start + name.Length;
                var last = i;
                while (last + 1 < tokens.Count && tokens[last].End < end) last++;
                if (tokens[last].End < end || (tokens[last].End > end && !IsParticleTail(text[end..tokens[last].End]))) continue;
                mentions.Add(new Mention(tokens[i].Start, end, tokens[i].Start, null, MentionForm.Hangul, [actor], false));
                for (var k = i; k <= last; k++) covered[k] = true;
                i = last;
                break;
            }
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ActorMentions(mentions, [.. found.Discovered, .. discovered], found.AppositiveRoles);
    }

    /// <summary>A catalog person's Hangul name at the end of a longer word and followed by a title ("찾나이재명 대통령이"), or null.</summary>
    private static Mention? Fused(string text, List<Token> tokens, int i, ActorCatalog catalog)
    {
        var t = tokens[i];
        if (t.Length < 4 || i + 1 >= tokens.Count || KoreanNameWords.SplitTitle(tokens[i + 1].Norm) is null) return null;
        for (var at = t.Start + 1; at <= t.End - 3; at++)
        {
            if (catalog.AliasIndex.HangulAt(text, at) is not { } hit || at + hit.Alias.Length != t.End || hit.Actors.Count != 1) continue;
            if (hit.Actors[0].Kind == ActorKind.Person) return new Mention(at, t.End, at, null, MentionForm.Hangul, hit.Actors, false);
        }
        return null;
    }

    /// <summary>A person introduced by a title: the token at <paramref name="t"/> is the title ("대변인은").</summary>
    private static DiscoveredActor? Person(string text, List<Token> tokens, bool[] covered, int t, HashSet<string> nameParts)
    {
        if (KoreanNameWords.SplitTitle(tokens[t].Norm) is not { } title) return null;
        var j = t - 1;
        while (j >= 0 && j > t - 6 && IsQualifier(tokens[j].Norm) && Joined(text, tokens[j], tokens[j + 1], false)) j--;
        var qualifiers = Enumerable.Range(j + 1, t - j - 1).Select(k => tokens[k].Norm).ToList();
        var hanja = false;
        if (j > 0 && !tokens[j].Hangul && tokens[j].Start > 0 && text[tokens[j].Start - 1] == '(' && tokens[j].End < text.Length && text[tokens[j].End] == ')')
        {
            hanja = tokens[j].Norm.Any(c => c is >= '\u4E00' and <= '\u9FFF');
            if (!hanja) return null;
            j--; // "이소자키 아쓰히토(礒崎敦仁) 교수"
        }
        if (j < 0 || covered[j] || !Joined(text, tokens[j], tokens[j + 1], hanja) || !NamePart(tokens[j].Norm)) return null;
        var first = j;
        if (j > 0 && !covered[j - 1] && Joined(text, tokens[j - 1], tokens[j], false) && NamePart(tokens[j - 1].Norm)
            && (hanja || !LooksKorean(tokens[j].Norm) || nameParts.Contains(tokens[j - 1].Norm) || Japanese(qualifiers, title.Title))
            && (!LooksKorean(tokens[j - 1].Norm) || JapaneseTitle(title.Title)))
            first = j - 1; // "토니 블레어", "니콜라스 마두로", "고이즈미 신지로 방위상" (a Japanese given name may look Korean)
        // One word: a Korean full name, or a foreign one of three syllables or more that is not the surname of someone named ("고이즈미 총리").
        if (first == j && !hanja && !LooksKorean(tokens[j].Norm) && (tokens[j].Norm.Length < 3 || nameParts.Contains(tokens[j].Norm))) return null;
        var name = text[tokens[first].Start..tokens[j].End];
        var before = first - 1;
        var orgBefore = new List<string>();
        while (before >= 0 && orgBefore.Count < 3 && Joined(text, tokens[before], tokens[before + 1], false) && IsOrganisation(tokens[before].Norm))
            orgBefore.Insert(0, tokens[before--].Norm); // "청와대 강유정 대변인", "일본 게이오대 …"
        var role = string.Join(' ', orgBefore.Concat(qualifiers).Append(title.Title));
        var country = orgBefore.Concat(qualifiers).Select(w => KoreanNameWords.CountryCodes.GetValueOrDefault(w)).FirstOrDefault(c => c is not null)
            ?? (first == j && LooksKorean(tokens[j].Norm) ? "KR" : null);
        var surname = first < j ? tokens[first].Norm : tokens[j].Norm[..1];
        var actor = new CatalogActor("discovered:" + ActorCatalog.NormalizeName(name).Replace(' ', '-'), null, name, ActorKind.Person, country, surname, [], []);
        if (first < j) { nameParts.Add(tokens[first].Norm); nameParts.Add(tokens[j].Norm); }
        return new DiscoveredActor(actor, role, tokens[first].Start, tokens[j].End, tokens[first].Start, role);
    }

    /// <summary>
    /// A broadcast caption naming who speaks: "조태열/외교부 장관 :", "[양무진 / 북한대학원대 총장 :": a Korean full name, a
    /// slash, and a role with a person's title before a colon (a passer-by, "시민", is no official and is not read).
    /// </summary>
    private static DiscoveredActor? Captioned(string text, List<Token> tokens, int i)
    {
        if (!LooksKorean(tokens[i].Norm) || KoreanBroadcastCaption.Read(text, tokens[i].Start) is not { } caption || caption.NameEnd != tokens[i].End) return null;
        var name = tokens[i].Norm;
        var country = KoreanNameWords.CountryCodes.GetValueOrDefault(caption.Role.Split(' ')[0]) ?? "KR";
        var actor = new CatalogActor("discovered:" + ActorCatalog.NormalizeName(name), null, name, ActorKind.Person, country, name[..1], [], []);
        return new DiscoveredActor(actor, caption.Role, tokens[i].Start, tokens[i].End, tokens[i].Start, caption.Role);
    }

    /// <summary>A Japanese official's title: Japan named before it, or a title only Japan uses ("방위상", "관방장관").</summary>
    private static bool Japanese(List<string> qualifiers, string title) => qualifiers.Any(q => q is "일본" or "日" or "일") || JapaneseTitle(title);

    /// <summary>Titles only Japan uses: the family name before the given name may look Korean too ("기하라 미노루 관방장관").</summary>
    private static bool JapaneseTitle(string title) => title is "방위상" or "외상" or "관방장관" or "간사장" or "재무상" or "경제산업상" or "관방부장관";

    /// <summary>The first and last words of every Hangul name of several words the catalog knows ("고이즈미", "블레어"): alone, they refer to that person.</summary>
    private static HashSet<string> NameParts(ActorCatalog catalog) => Parts.GetValue(catalog, c =>
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in c.Actors)
            foreach (var alias in a.Aliases)
            {
                var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 2 || !words.All(KoreanNameWords.AllHangul)) continue;
                parts.Add(words[0]);
                parts.Add(words[^1]);
            }
        return parts;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ActorCatalog, HashSet<string>> Parts = [];

    /// <summary>A catalog institution the catalog spells only in English: "외무성" is North Korea's foreign ministry, "일본 외무성" Japan's.</summary>
    private static CatalogActor? CatalogInstitution(ActorCatalog catalog, string name, string before) => name switch
    {
        "외무성" => catalog.FindByKey(before is "일본" or "日" ? "jp-foreign-ministry" : "kp-foreign-ministry"),
        "외무부" when before is "러시아" or "러" => catalog.FindByKey("ru-foreign-ministry"),
        _ => null,
    };

    /// <summary>An institution's name at the start of a token ("교도통신은" → "교도통신"), or null.</summary>
    private static string? Institution(string text, Token token)
    {
        var word = token.Norm;
        if (KoreanNameWords.Strip(word, Known) is { } known && IsParticleTail(known.Particle)) return text.Substring(token.Start, known.Stem.Length);
        foreach (var ending in InstitutionEndings)
        {
            var at = word.IndexOf(ending, StringComparison.Ordinal);
            if (at < 2 || !KoreanNameWords.AllHangul(word[..(at + ending.Length)])) continue;
            var stem = word[..(at + ending.Length)];
            if (stem.Length < 4 || !IsParticleTail(word[stem.Length..])) continue;
            return text.Substring(token.Start, stem.Length);
        }
        return null;
    }

    private static string? Parenthesised(string text, int at)
    {
        if (at >= text.Length || text[at] != '(') return null;
        var close = text.IndexOf(')', at);
        if (close < 0 || close - at > 12) return null;
        var inner = text[(at + 1)..close].Trim();
        return inner.Length >= 2 && KoreanNameWords.AllHangul(inner) ? inner : null;
    }

    private static bool IsParticleTail(string tail) => tail.Length == 0 || KoreanNameWords.Particles.Contains(tail) || tail is "에서" or "에서는" or "에도" or "측은" or "측";

    private static bool IsQualifier(string word) =>
        KoreanNameWords.TitleQualifiers.Contains(word) || KoreanNameWords.Countries.Contains(word) || IsOrganisation(word);

    /// <summary>An organisation word written around a name: a ministry, agency, university or institute ("에너지부", "게이오대").</summary>
    internal static bool IsOrganisation(string word) =>
        KoreanNameWords.TitleQualifiers.Contains(word) || KoreanNameWords.Countries.Contains(word)
        || (KoreanNameWords.AllHangul(word) && word.Length >= 3 && (word.EndsWith('부') || word.EndsWith('처') || word.EndsWith('청') || word.EndsWith("대학")
            || word.EndsWith("대학교") || word.EndsWith("연구원") || word.EndsWith("연구소") || word.EndsWith("위원회") || word.EndsWith("재단")
            || word.EndsWith("센터") || word.EndsWith('대') || word.EndsWith('시') || word.EndsWith('성') || word.EndsWith("대사관") || word.EndsWith("본부")
            || word.EndsWith("학과") || word.EndsWith("학부") || word.EndsWith("대학원") || word.EndsWith("정책실")));

    /// <summary>A word that may be (part of) a name: Hangul, 1–6 syllables, not a title, qualifier or common word.</summary>
    internal static bool NamePart(string word) =>
        KoreanNameWords.AllHangul(word) && word.Length is >= 2 and <= 6 && !NotNameWords.Contains(word) && !IsQualifier(word)
        && !KoreanNameWords.PersonTitles.Contains(word) && KoreanNameWords.SplitTitle(word) is null
        && !NotNameEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal) && !(e == "인" && word.Length >= 4)); // "캐롤라인"

    /// <summary>A Korean full name: a common surname and two syllables ("강유정", "위성락").</summary>
    private static bool LooksKorean(string word) => word.Length == 3 && CommonSurnames.Contains(word[..1]);

    /// <summary>Two tokens separated by spaces only (or by the parenthesis of a name's Chinese characters).</summary>
    private static bool Joined(string text, Token left, Token right, bool parenthesis)
    {
        for (var i = left.End; i < right.Start; i++)
            if (text[i] is not (' ' or '\u00A0') && !(parenthesis && text[i] is '(' or ')')) return false;
        return right.Start > left.End;
    }
}
