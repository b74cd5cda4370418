namespace DiplomacyTracker.Analysis;

/// <summary>
/// The Korean word lists name handling needs (Hangul text only): person titles ("대통령", "대변인", "교수"), words of an
/// organisation or country written inside a title ("청와대", "외교부", "일본"), the particles that may follow a name, and
/// the surnames that open a one-word Korean or Chinese name. General Korean, not fitted to any article.
/// </summary>
internal static class KoreanNameWords
{
    /// <summary>Titles of people who speak for states and institutions, and of analysts ("교수", "연구위원").</summary>
    public static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "대통령", "부통령", "총리", "국무총리", "부총리", "주석", "국가주석", "부주석", "위원장", "부위원장", "상무위원장", "국무위원장",
        "국방위원장", "총비서", "비서", "제1비서", "총서기", "서기", "당서기", "장관", "차관", "부장관", "차관보", "제1차관", "제2차관",
        "대변인", "부대변인", "실장", "안보실장", "국가안보실장", "비서실장", "정책실장", "차장", "제1차장", "제2차장", "수석", "비서관",
        "보좌관", "안보보좌관", "대사", "공사", "특사", "특별대표", "대표", "본부장", "교수", "명예교수", "연구위원", "선임연구위원",
        "수석연구위원", "연구원", "선임연구원", "책임연구원", "연구관", "석좌", "소장", "원장", "부원장", "센터장", "국장", "과장",
        "의원", "상원의원", "하원의원", "의장", "부의장", "총장", "사무총장", "사령관", "부사령관", "참모총장", "합참의장", "외무상",
        "외상", "국방상", "방위상", "부상", "제1부상", "부부장", "부장", "여사", "국왕", "총통", "주지사", "당선인", "담당관",
        "조정관", "협상대표", "수석대표", "단장", "이사장", "회장", "주임", "관방장관", "간사장", "사무국장", "특별보좌관", "고문",
        "외교부장", "국방부장", "국무장관", "국방장관", "외교장관", "외무장관", "통일장관", "재무장관", "상무장관", "법무장관", "국토안보장관",
        "에너지장관", "무역대표", "외무상", "재무상", "경제산업상", "관방부장관", "외교부장관", "국방부장관", "통일부장관",
    };

    /// <summary>Organisation, country and qualifier words written between a name and its title ("청와대", "미 국무부", "전").</summary>
    public static readonly HashSet<string> TitleQualifiers = new(StringComparer.Ordinal)
    {
        "청와대", "대통령실", "국가안보실", "외교부", "통일부", "국방부", "국정원", "국가정보원", "합참", "합동참모본부", "노동당", "당",
        "중앙위원회", "국무부", "국방성", "외무성", "방위성", "백악관", "국무원", "전인대", "정치국", "공산당", "중앙군사위원회",
        "노동당중앙위원회", "당중앙위원회", "국무위원회", "최고인민회의", "인민군", "총참모부", "유엔", "주한", "주미", "주중", "주일",
        "주러", "전", "前", "현", "당시", "신임", "초대", "겸", "및", "제", "수석", "특임", "외교", "안보", "국가", "국방", "통일", "북핵",
        "경제", "재무", "상무", "무역", "에너지부", "재무부", "상무부", "국토안보부", "과학기술부", "상무위원회", "민주당", "공화당",
        "국민의힘", "더불어민주당", "자민당", "자유민주당", "행정부", "정부", "외교안보", "대외", "북한", "남한", "한국", "미국", "중국",
        "일본", "러시아", "영국", "프랑스", "독일", "미", "북", "남", "중", "일", "러", "영", "美", "中", "日", "北", "英", "露",
    };

    /// <summary>Country names in Hangul (a country word before a title qualifies it; as a speaker a country is nobody).</summary>
    public static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "한국", "대한민국", "남한", "북한", "조선", "미국", "중국", "일본", "러시아", "영국", "프랑스", "독일", "이탈리아", "캐나다", "호주",
        "인도", "베트남", "필리핀", "인도네시아", "태국", "말레이시아", "싱가포르", "몽골", "대만", "이스라엘", "이란", "우크라이나",
        "베네수엘라", "브라질", "멕시코", "아르헨티나", "남아프리카공화국", "남아공", "이집트", "사우디", "사우디아라비아", "튀르키예",
        "폴란드", "스페인", "네덜란드", "벨기에", "스웨덴", "핀란드", "노르웨이", "덴마크", "스위스", "오스트리아", "뉴질랜드", "카자흐스탄",
        "우즈베키스탄", "캄보디아", "라오스", "미얀마", "쿠바", "시리아", "이라크", "파키스탄", "칠레", "페루", "콜롬비아",
        "미", "북", "남", "중", "일", "러", "영", "美", "中", "日", "北", "英", "露", "韓", "유엔", "EU",
    };

    /// <summary>Country codes of the Hangul country words used to qualify a discovered person's title.</summary>
    public static readonly Dictionary<string, string> CountryCodes = new(StringComparer.Ordinal)
    {
        ["한국"] = "KR", ["대한민국"] = "KR", ["남한"] = "KR", ["韓"] = "KR", ["북한"] = "KP", ["북"] = "KP", ["北"] = "KP", ["조선"] = "KP",
        ["미국"] = "US", ["미"] = "US", ["美"] = "US", ["중국"] = "CN", ["중"] = "CN", ["中"] = "CN", ["일본"] = "JP", ["일"] = "JP", ["日"] = "JP",
        ["러시아"] = "RU", ["러"] = "RU", ["露"] = "RU", ["영국"] = "GB", ["영"] = "GB", ["英"] = "GB", ["프랑스"] = "FR", ["독일"] = "DE",
        ["베네수엘라"] = "VE", ["우크라이나"] = "UA", ["대만"] = "TW", ["캐나다"] = "CA", ["호주"] = "AU", ["인도"] = "IN",
    };

    /// <summary>Korean surnames, and the Hangul spellings of common Chinese surnames ("시", "리", "왕", "자오").</summary>
    public static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍",
        "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "나", "진", "지", "엄",
        "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명",
        "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "편", "용", "예", "경", "봉", "사", "부", "리", "림",
        "라", "로", "량", "렴", "려", "황보", "남궁", "제갈", "선우", "독고", "시", "자오", "저우", "쉬", "후", "궈", "가오", "린", "쑨", "탕",
        "펑", "류", "천", "딩", "루", "판", "샤오", "친", "둥", "웨이", "청", "마오", "덩", "첸", "장",
    };

    /// <summary>Particles that may follow a name or title: topic, subject, object, with, of, to.</summary>
    public static readonly string[] Particles =
    [
        "께서는", "께서", "에게는", "에게", "과의", "와의", "과는", "와는", "으로", "에는", "이나", "은", "는", "이", "가", "을", "를", "과", "와",
        "의", "도", "에", "께", "로", "만",
    ];

    /// <summary>The subject and topic particles: a phrase ending in one may be a sentence's speaker.</summary>
    public static bool IsSubjectParticle(string p) => p is "은" or "는" or "이" or "가" or "께서" or "께서는" or "도";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers = TitleQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The particle a title word carries ("대변인은" → "은"), or null when the word is not a title with a particle.</summary>
    public static (string Title, string Particle)? SplitTitle(string word, bool qualifiers = false)
    {
        if (word.Length == 0 || !IsHangulSyllable(word[^1])) return null;
        if (Lookup(word, qualifiers) is { } whole) return (whole, "");
        foreach (var p in Particles)
        {
            if (word.Length <= p.Length || !word.EndsWith(p, StringComparison.Ordinal)) continue;
            if (Lookup(word.AsSpan(0, word.Length - p.Length), qualifiers) is { } title) return (title, p);
        }
        return null;
    }

    private static string? Lookup(ReadOnlySpan<char> stem, bool qualifiers) =>
        Titles.TryGetValue(stem, out var t) ? t : qualifiers && Qualifiers.TryGetValue(stem, out var q) ? q : Compound(stem);

    /// <summary>Titles that close a longer word naming the unit headed ("통일전략센터장", "정무수석", "국회의장", "연구소장").</summary>
    private static readonly string[] CompoundEndings = ["센터장", "연구위원", "위원장", "대변인", "본부장", "연구소장", "의장", "수석", "실장", "원장", "사령관", "총장"];

    private static string? Compound(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 4) return null;
        foreach (var e in CompoundEndings)
            if (stem.EndsWith(e, StringComparison.Ordinal) && stem.Length - e.Length >= 2 && AllHangul(stem[..^e.Length].ToString())) return e;
        return null;
    }

    /// <summary>The word without a trailing particle, when what is left is in <paramref name="words"/>; else null.</summary>
    public static (string Stem, string Particle)? Strip(string word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        if (words.TryGetValue(word, out var whole)) return (whole, "");
        foreach (var p in Particles)
            if (word.Length > p.Length && word.EndsWith(p, StringComparison.Ordinal) && words.TryGetValue(word.AsSpan(0, word.Length - p.Length), out var stem)) return (stem, p);
        return null;
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>True for a word of Hangul syllables only.</summary>
    public static bool AllHangul(string word) => word.Length > 0 && word.All(c => c is >= '\uAC00' and <= '\uD7A3');
}
