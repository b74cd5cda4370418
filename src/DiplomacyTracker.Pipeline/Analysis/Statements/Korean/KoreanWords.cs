namespace DiplomacyTracker.Analysis;

/// <summary>
/// The Korean grammar the statement sieves read, as word lists: reporting verbs (any tense or register: 말했다,
/// 밝혔습니다, 강조하며), the quotative endings that join words to them (고, 라고, 다고, 라며), the markers that close an
/// adverbial phrase before the subject (대해, 관련해, 통해, 따르면), and the heads of unnamed speakers (관계자, 소식통).
/// </summary>
internal static class KoreanWords
{
    /// <summary>Stems of verbs that report speech or writing; matched at the start of a word ("밝혔다", "밝히며", "밝혔습니다").</summary>
    private static readonly string[] ReportingStems =
    [
        "말했", "말하", "말해", "말한", "밝혔", "밝히", "밝혀", "밝힌", "강조", "전했", "전하", "전해", "전한", "덧붙", "지적", "설명", "언급",
        "주장", "촉구", "경고", "평가", "단언", "돌아봤", "돌아보", "떠올", "제안", "답했", "답하", "답해", "적었", "적고", "적어", "짚었", "짚어",
        "짚고", "반박", "규정", "당부", "비판", "비난", "경계", "일축", "호소", "요구", "약속", "다짐", "강변", "시사", "예상", "전망", "분석",
        "보도", "발표", "질타", "부인", "해명", "표명", "역설", "부연", "토로", "확인", "자평", "소개", "알렸", "알리", "알려", "피력", "선언",
        "공언", "진단", "논평", "꼬집", "되물", "물었", "답변", "회고", "술회", "털어놓", "내다봤", "내다보", "권고", "요청", "제의", "거론",
        "지시", "주문", "감사", "축하", "환영", "우려", "내비", "했", "봤", "보았", // "…다고 봤다": an analyst's view
    ];

    /// <summary>Words that look like reporting verbs but report nothing said ("알려졌다": it is known; "전해졌다": it is said).</summary>
    private static readonly string[] NotReporting = ["알려졌", "알려진", "전해졌", "전해진", "확인됐", "확인된", "보도됐", "발표됐", "평가된", "평가됐", "해석", "했던", "한다는"];

    /// <summary>Endings joined to a closing quotation mark that hand the quote to the verb after them.</summary>
    private static readonly HashSet<string> QuoteLinks = new(StringComparer.Ordinal)
    {
        "고", "라고", "이라고", "고도", "라고도", "이라고도", "다고", "다고도", "하고", "라고는", "고는",
    };

    /// <summary>Markers closing a phrase that sets the scene ("…에 대해", "…과 관련해선", "…을 통해"): a subject inside it is not the sentence's.</summary>
    private static readonly HashSet<string> SceneMarkers = new(StringComparer.Ordinal)
    {
        "대해", "대해서", "대해선", "대해서는", "대한", "관련해", "관련해서", "관련해선", "관련해서는", "관련", "관련한", "관해", "관해서는", "관해선",
        "통해", "통해서", "따르면", "앞두고", "맞아", "계기로", "위해", "위한", "가운데", "속에서", "당시", "이후", "직후", "후", "뒤", "끝에", "데",
        "만에", "만인", "때", "때문에", "반면", "대로", "두고", "놓고", "향해", "상대로", "보다", "처럼", "함께", "따라", "따른", "비해", "이어",
    };

    /// <summary>Heads of unnamed speakers: a sentence whose subject is one of them is nobody's (관계자, 소식통, 전문가들).</summary>
    private static readonly string[] UnnamedHeads =
    [
        "관계자", "당국자", "소식통", "측근", "전문가", "관측통", "외교관", "관리", "당국", "정부", "외신", "언론", "매체", "일각", "업계", "참석자",
        "인사", "분석가", "학자", "고위급", "실무진", "대변인실", "누리꾼", "주민", "시민", "국민", "여당", "야당", "정치권", "외교가", "군사당국",
    ];

    /// <summary>Adnominal and adverbial words ending like a topic ("오는 5일", "있는"): never a subject.</summary>
    private static readonly HashSet<string> NotTopics = new(StringComparer.Ordinal)
    {
        "오는", "있는", "없는", "하는", "되는", "같은", "많은", "다른", "이런", "그런", "모든", "어느", "나는", "가는", "보는", "주는", "받는",
        "않는", "높은", "작은", "좋은", "새로운", "중요한", "이같은", "다음은", "지난", "한편", "그간", "간", "이후", "직후", "또는", "혹은",
        "특히", "이같이", "같이", "많이", "함께", "국가", "평가", "추가", "참가", "증가", "대가", "누가",
    };

    public static bool IsReporting(string word)
    {
        foreach (var n in NotReporting)
            if (word.StartsWith(n, StringComparison.Ordinal)) return false;
        foreach (var s in ReportingStems)
            if (word.StartsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A finite verb that can close a Korean sentence ("했다", "말했습니다", "밝혔다", "이다").</summary>
    public static bool IsFinal(string word) => word.Length >= 2 && (word.EndsWith('다') || word.EndsWith("니다", StringComparison.Ordinal)) && word is not ("있다" or "있었다" or "없다" or "있습니다");

    public static bool IsQuoteLink(string word) => QuoteLinks.Contains(word);

    /// <summary>"며", "라며", "면서", "라면서도", "한다며": a quote joined to what the speaker did next.</summary>
    public static bool IsChainLink(string word) =>
        word.Length <= 5 && (word.EndsWith('며') || word.EndsWith("면서", StringComparison.Ordinal) || word.EndsWith("면서도", StringComparison.Ordinal));

    /// <summary>Indirect speech: a clause closed by "다고", "라고", "냐고" (and "…고도").</summary>
    public static bool IsIndirectLink(string word) =>
        word.Length >= 3 && (word.EndsWith("다고", StringComparison.Ordinal) || word.EndsWith("라고", StringComparison.Ordinal) || word.EndsWith("냐고", StringComparison.Ordinal)
            || word.EndsWith("다고도", StringComparison.Ordinal) || word.EndsWith("라고도", StringComparison.Ordinal));

    /// <summary>The reported clause's last word without the quotative ending: "한다고" → "한다", "것이라고" → "것", "하라고" → "하라".</summary>
    public static int QuotativeLength(string word)
    {
        if (word.EndsWith("이라고도", StringComparison.Ordinal)) return 4;
        if (word.EndsWith("이라고", StringComparison.Ordinal)) return 3;
        if (word.EndsWith("고도", StringComparison.Ordinal)) return word.EndsWith("라고도", StringComparison.Ordinal) && !Imperative(word[..^2]) ? 3 : 2;
        if (word.EndsWith("라고", StringComparison.Ordinal) && !Imperative(word[..^1])) return 2;
        return 1;
    }

    private static bool Imperative(string clause) => clause.EndsWith("하라", StringComparison.Ordinal) || clause.EndsWith("으라", StringComparison.Ordinal)
        || clause.EndsWith("달라", StringComparison.Ordinal) || clause.EndsWith("말라", StringComparison.Ordinal) || clause.EndsWith("되라", StringComparison.Ordinal);

    public static bool IsSceneMarker(string word) => SceneMarkers.Contains(word);

    /// <summary>A word ending in a topic or subject particle, and which one ("외교부는" → "는"); null for words that only look so.</summary>
    public static string? SubjectParticle(string word)
    {
        if (word.Length < 2 || NotTopics.Contains(word)) return null;
        if (word.EndsWith("께서는", StringComparison.Ordinal)) return "께서는";
        if (word.EndsWith("께서", StringComparison.Ordinal)) return "께서";
        var last = word[^1];
        if (last is not ('은' or '는' or '이' or '가')) return null;
        var stem = word[..^1];
        // "오후에는", "청와대에서는", "자오 위원장과는", "현재로서는": a time, place or partner set as topic, not a subject.
        if (last == '는' && (stem.EndsWith('에') || stem.EndsWith("에서", StringComparison.Ordinal) || stem.EndsWith('과') || stem.EndsWith('와')
            || stem.EndsWith('로') || stem.EndsWith('서') || stem.EndsWith('하') || stem.EndsWith('되') || stem.EndsWith('있') || stem.EndsWith('없'))) return null;
        if (last == '는' && (stem.EndsWith('다') || stem.EndsWith('라'))) return null; // "있다는", "이라는": an adnominal quotative
        if (last == '은' && (stem.EndsWith('같') || stem.EndsWith('많') || stem.EndsWith('받') || stem.EndsWith('높') || stem.EndsWith('작'))) return null;
        return last.ToString();
    }

    /// <summary>True when the phrase's head word (without its particle) names an unnamed speaker or a country.</summary>
    public static bool IsUnnamedHead(string stem)
    {
        foreach (var h in UnnamedHeads)
            if (stem.EndsWith(h, StringComparison.Ordinal) || stem.EndsWith(h + "들", StringComparison.Ordinal)) return true;
        return KoreanNameWords.Countries.Contains(stem);
    }

    /// <summary>Words that open a sentence continuing the last speaker's remarks ("이어 …", "그러면서 …", "또 …").</summary>
    public static bool Continues(string word) => word is "이어" or "또" or "또한" or "그러면서" or "아울러" or "특히" or "이어서" or "그러면서도" or "다만" or "덧붙여";

    /// <summary>Words that open a sentence continuing the last speaker ("이어", "그러면서") or set its time ("이날").</summary>
    public static bool IsLead(Token t) =>
        t.Norm is "이어" or "또" or "또한" or "특히" or "그러면서" or "다만" or "아울러" or "이날" or "한편" or "오늘" or "어제" or "앞서" or "그러나" or "하지만"
            or "이와" or "이에" or "지난" or "오전" or "오후" or "현지시간" or "당시" or "이번" or "최근" or "전날" or "그러면서도" or "동시에" or "나아가"
        || (t.Norm.Length >= 2 && char.IsDigit(t.Norm[0]) && t.Norm[^1] is '일' or '년' or '월' or '시' or '분')
        || (char.IsDigit(t.Norm[0]) && (t.Norm.EndsWith("일에", StringComparison.Ordinal) || t.Norm.EndsWith("일엔", StringComparison.Ordinal)));
}
