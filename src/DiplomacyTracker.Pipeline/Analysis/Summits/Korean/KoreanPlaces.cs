namespace DiplomacyTracker.Analysis;

/// <summary>
/// Where a Korean sentence places a meeting: a city, country or venue written in Hangul ("베이징에서", "경주 회담",
/// "김해공항", "남아프리카공화국에서"), written the way the English side writes it when <see cref="PlaceNames"/> knows it
/// ("Beijing, China"), so a Korean report and an English one of the same summit match; otherwise as the article writes it
/// ("하코네"). Departures and destinations ("베이징으로 출국") are not where a meeting is.
/// </summary>
internal static class KoreanPlaces
{
    /// <summary>Hangul place names and their English keys in <see cref="PlaceNames"/> ("" when it has none: kept in Hangul).</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["서울"] = "seoul", ["부산"] = "busan", ["경주"] = "gyeongju", ["제주"] = "jeju", ["인천"] = "incheon", ["평양"] = "pyongyang",
        ["판문점"] = "panmunjom", ["개성"] = "kaesong", ["워싱턴"] = "washington", ["뉴욕"] = "new york", ["싱가포르"] = "singapore",
        ["하노이"] = "hanoi", ["다낭"] = "da nang", ["베이징"] = "beijing", ["북경"] = "beijing", ["상하이"] = "shanghai", ["도쿄"] = "tokyo",
        ["오사카"] = "osaka", ["히로시마"] = "hiroshima", ["모스크바"] = "moscow", ["블라디보스토크"] = "vladivostok", ["헬싱키"] = "helsinki",
        ["제네바"] = "geneva", ["발리"] = "bali", ["자카르타"] = "jakarta", ["마닐라"] = "manila", ["쿠알라룸푸르"] = "kuala lumpur",
        ["프놈펜"] = "phnom penh", ["비엔티안"] = "vientiane", ["방콕"] = "bangkok", ["리마"] = "lima", ["샌프란시스코"] = "san francisco",
        ["베트남"] = "vietnam", ["중국"] = "china", ["일본"] = "japan", ["러시아"] = "russia", ["한국"] = "south korea", ["북한"] = "north korea",
        ["미국"] = "united states", ["캐나다"] = "canada", ["백악관"] = "white house", ["크렘린"] = "kremlin", ["크렘린궁"] = "kremlin",
        ["청와대"] = "cheong wa dae", ["용산"] = "yongsan", ["김해"] = "gimhae", ["하와이"] = "hawaii", ["런던"] = "london", ["파리"] = "paris",
        ["베를린"] = "berlin", ["브뤼셀"] = "brussels", ["헤이그"] = "hague", ["마드리드"] = "madrid", ["시드니"] = "sydney", ["캔버라"] = "canberra",
        ["호놀룰루"] = "honolulu", ["교토"] = "kyoto", ["톈진"] = "tianjin", ["다롄"] = "dalian", ["청두"] = "chengdu", ["광저우"] = "guangzhou",
        ["항저우"] = "hangzhou", ["칭다오"] = "qingdao", ["홍콩"] = "hong kong", ["나고야"] = "nagoya", ["요코하마"] = "yokohama",
        ["후쿠오카"] = "fukuoka", ["대구"] = "daegu", ["광주"] = "gwangju", ["울산"] = "ulsan", ["고양"] = "goyang", ["평창"] = "pyeongchang",
        ["소치"] = "sochi", ["하바롭스크"] = "khabarovsk", ["원산"] = "wonsan", ["아스타나"] = "astana", ["타슈켄트"] = "tashkent",
        ["울란바토르"] = "ulaanbaatar", ["뉴델리"] = "new delhi", ["오타와"] = "ottawa", ["로마"] = "rome", ["바르샤바"] = "warsaw",
        ["캠프데이비드"] = "camp david", ["앵커리지"] = "anchorage", ["다보스"] = "davos", ["로스앤젤레스"] = "los angeles",
        ["비무장지대"] = "dmz", ["인민대회당"] = "beijing", ["댜오위타이"] = "beijing", ["조어대"] = "beijing", ["중난하이"] = "beijing", ["하코네"] = "", ["나라현"] = "", ["가고시마"] = "", ["삿포로"] = "", ["오키나와"] = "", ["선전"] = "",
        ["남아프리카공화국"] = "", ["남아공"] = "", ["요하네스버그"] = "", ["호주"] = "", ["인도"] = "", ["인도네시아"] = "", ["필리핀"] = "",
        ["말레이시아"] = "", ["태국"] = "", ["몽골"] = "", ["영국"] = "", ["프랑스"] = "", ["독일"] = "", ["이탈리아"] = "", ["브라질"] = "",
        ["페루"] = "", ["칠레"] = "", ["멕시코"] = "", ["카자흐스탄"] = "", ["우즈베키스탄"] = "", ["캄보디아"] = "", ["라오스"] = "",
        ["뉴질랜드"] = "", ["스위스"] = "", ["핀란드"] = "", ["폴란드"] = "", ["튀르키예"] = "", ["이집트"] = "", ["베네수엘라"] = "",
    };

    /// <summary>Venue words that may follow a place in the same word ("김해공항", "경주박물관", "베이징서").</summary>
    private static readonly string[] VenueTails =
    [
        "국제공항", "공항", "박물관", "예술의전당", "공군기지", "기지", "영빈관", "호텔", "시", "현", "성", "궁",
    ];

    /// <summary>Particles after a place that set a meeting there ("에서", "에서의", "서", "의"), or none.</summary>
    private static readonly HashSet<string> AtParticles = new(StringComparer.Ordinal) { "", "에서", "에서의", "에서는", "서", "에", "에선" };

    private static bool NotBeforeNara(string word)
    {
        if (word is "일본" or "日" or "고향" or "고향인" or "지역구인") return false;
        return word is "두" or "세" or "양" or "우리" or "이웃" or "다른" or "여러" or "모든" or "각" or "한" or "그" or "이" or "저" or "어느" or "주요"
            || word[^1] is '한' or '인' or '은' or '는' or '던' or '된' or '운' or '른' or '린' or '의' or '할' or '을';
    }

    /// <summary>"방중", "방미": a visit word naming the country visited.</summary>
    private static readonly Dictionary<string, string> VisitWords = new(StringComparer.Ordinal)
    {
        ["방중"] = "china", ["방미"] = "united states", ["방일"] = "japan", ["방북"] = "north korea", ["방한"] = "south korea", ["방러"] = "russia",
    };

    /// <summary>
    /// The country or city a visit goes to in sentence <paramref name="n"/> or the one before or after it ("중국 국빈방문",
    /// "중국 국빈 방문길에 오른다", "베이징을 방문해", "방중"), when it is the country of one of <paramref name="countries"/> (the
    /// meeting's participants): the place of a meeting the sentence leaves unplaced. Several different destinations decide nothing.
    /// </summary>
    public static (string Display, int Token)? VisitedNear(AnalysedDocument doc, int n, IReadOnlyList<string?> countries, KoreanReading reading)
    {
        (string Display, int Token)? found = null;
        var tokens = doc.Tokens;
        for (var m = Math.Max(0, n - 1); m <= n + 1 && m < doc.Sentences.Count; m++)
        {
            var sentence = doc.Sentences[m];
            for (var k = TokenIndex.FirstAtOrAfter(tokens, sentence.Start); k < tokens.Count && tokens[k].End <= sentence.End; k++)
            {
                if (reading.Subjects.InQuote(k)) continue;
                string? display = null;
                var word = tokens[k].Norm;
                if (VisitWords.FirstOrDefault(v => word.StartsWith(v.Key, StringComparison.Ordinal)) is { Key: not null } visit) display = PlaceNames.Display(visit.Value);
                else if (At(doc, k) is { } p && k + 1 < tokens.Count && tokens[k + 1].Hangul
                    && (p.Particle == "에서" && tokens[k + 1].Norm.StartsWith("방문", StringComparison.Ordinal)
                        || p.Particle.Length == 0 && (tokens[k + 1].Norm.StartsWith("국빈", StringComparison.Ordinal) || tokens[k + 1].Norm.StartsWith("방문", StringComparison.Ordinal)
                            || tokens[k + 1].Norm.StartsWith("공식방문", StringComparison.Ordinal))))
                    display = p.Display;
                if (display is null || Gazetteer.Find(display.Split(',')[0])?.CountryCode is not { } code || !countries.Contains(code)) continue;
                if (found is { } f && f.Display != display) return null;
                found = (display, k);
            }
        }
        return found;
    }

    /// <summary>The place written in token <paramref name="k"/> and how it is tied to the sentence ("에서"), or null.</summary>
    public static (string Display, string Particle)? At(AnalysedDocument doc, int k)
    {
        var tokens = doc.Tokens;
        var word = tokens[k].Norm;
        if (!tokens[k].Hangul) return null;
        for (var len = Math.Min(word.Length, 8); len >= 2; len--)
        {
            if (!Names.TryGetValue(word[..len], out var key)) continue;
            var rest = word[len..];
            foreach (var tail in VenueTails.Prepend(""))
            {
                if (!rest.StartsWith(tail, StringComparison.Ordinal)) continue;
                // "일본을 방문해 … 정상회담": the country visited is where the meeting is.
                if (rest[tail.Length..] is "을" or "를" && k + 1 < tokens.Count && tokens[k + 1].Norm.StartsWith("방문", StringComparison.Ordinal)
                    && !(tokens[k].End < doc.Text.Length && doc.Text[tokens[k].End] == '='))
                    return (key.Length > 0 ? PlaceNames.Display(key) ?? doc.Text.Substring(tokens[k].Start, len) : doc.Text.Substring(tokens[k].Start, len), "에서");
                if (!AtParticles.Contains(rest[tail.Length..])) continue;
                // "나라" is also "country": only "나라현"; "선전" is also "propaganda": only after "광둥성"/"중국".
                if (word[..len] == "선전" && (k == 0 || tokens[k - 1].Norm is not ("광둥성" or "중국"))) return null;
                // "(서울=연합뉴스)": a dateline, not a venue; "북한에 대한": a topic, not a destination.
                if (tokens[k].End < doc.Text.Length && doc.Text[tokens[k].End] == '=') return null;
                if (rest[tail.Length..] is "에" && (k + 1 >= tokens.Count || !(tokens[k + 1].Norm.StartsWith('가') || tokens[k + 1].Norm.StartsWith("도착", StringComparison.Ordinal)
                    || tokens[k + 1].Norm.StartsWith("머물", StringComparison.Ordinal) || tokens[k + 1].Norm.StartsWith("방문", StringComparison.Ordinal)))) return null;
                // "시진핑 중국 국가주석", "리창 중국 총리": a country qualifying a title is not a place.
                if (rest.Length == 0 && k + 1 < tokens.Count && (KoreanNameWords.SplitTitle(tokens[k + 1].Norm, qualifiers: true) is not null)) return null;
                var display = key.Length > 0 ? PlaceNames.Display(key) ?? doc.Text.Substring(tokens[k].Start, len) : doc.Text.Substring(tokens[k].Start, len);
                return (display, rest[tail.Length..]);
            }
            return null;
        }
        // "일본 나라에서", "고향인 나라에서": Nara — "나라" is also "country" ("두 나라에서", "가난한 나라에서"), so never after a determiner.
        if (word.StartsWith("나라", StringComparison.Ordinal) && word.Length > 2 && word[2..] is "에서" or "에서의" or "서" && k > 0 && !NotBeforeNara(tokens[k - 1].Norm))
            return ("나라", word[2..]);
        return null;
    }
}
