namespace DiplomacyTracker.Analysis;

/// <summary>
/// A Korean meeting's status from the words around its meeting word: the verb form written before it ("열린 정상회담",
/// "열릴 회담") or after it ("…을 가졌다" held, "…을 갖는다/가질 예정이다/추진하고 있다" planned, "제안했다" proposed,
/// "연기됐다" postponed, "취소됐다/무산됐다/불발됐다" cancelled, "…이후", "…때", "…당시" held), else the tense of the
/// sentence's last verb.
/// </summary>
internal static class KoreanSummitCues
{
    private static readonly (string[] Stems, SummitStatus Status)[] After =
    [
        (["취소", "무산", "불발", "결렬"], SummitStatus.Cancelled),
        (["연기", "미뤄", "미루", "순연"], SummitStatus.Postponed),
        (["제안", "제의", "희망", "요청", "촉구"], SummitStatus.Proposed),
        (["예정이", "예정인", "예정으로", "예정돼", "예정되어", "계획", "추진", "방안", "검토", "조율", "앞두고", "갖는다", "갖기로", "가질", "열린다", "열릴", "열기로", "개최한다", "개최할", "개최키로",
            "개최하기로", "개최된다", "진행한다", "진행할", "진행하기로", "만날", "만난다", "만나기로", "만나야", "만나려", "할", "한다", "하기로", "함께한다", "갖고", "연다",
            "성사되면", "성사될", "성사시키"], SummitStatus.Planned),
        (["했다", "가졌다", "가진", "가졌고", "가졌으며", "열렸다", "열렸고", "열렸으며", "열렸던", "개최됐다", "개최했다", "진행됐다", "진행했다", "진행한",
            "마쳤다", "마무리했다", "마무리", "성사시킨", "성사시켰", "성사됐", "만났다", "만난", "만났고", "만났으며", "보냈다", "했고", "했으며", "가졌던", "했던", "회담했다", "회담했고"],
            SummitStatus.Held),
    ];

    /// <summary>Words that refer to a past meeting as a point in time or a topic ("…이후", "…때", "…을 언급", "…을 뒤로 하고"): held, but the
    /// sentence's date and places are another event's.</summary>
    private static readonly string[] Reference = ["앞두고", "이후", "당시", "때", "뒤", "뒤로", "후", "계기", "언급", "이어", "직후", "이래", "때문", "성과"];

    /// <summary>True when the word after meeting word <paramref name="k"/> refers to the meeting rather than reporting it.</summary>
    public static bool IsReference(AnalysedDocument doc, int k, int end)
    {
        for (var j = k + 1; j < end && j <= k + 2; j++)
            if (Reference.Any(r => doc.Tokens[j].Norm == r || (r.Length >= 2 && doc.Tokens[j].Norm.StartsWith(r, StringComparison.Ordinal)))) return true;
        return false;
    }

    /// <summary>
    /// The status the words at and after meeting word <paramref name="k"/> give (up to eight words of its clause, quotes
    /// skipped), or the verb form before it (before the pair: "열린 한·중 정상회담").
    /// </summary>
    public static SummitStatus? Status(KoreanReading reading, int k, int before, int first, int end)
    {
        var doc = reading.Doc;
        var tokens = doc.Tokens;
        var word = tokens[k].Norm;
        var at = word.IndexOf("회담", StringComparison.Ordinal);
        if (at >= 0 && word.Length > at + 3 && Match(word[(at + 2)..].TrimStart('을', '를', '이', '가', '은', '는', '에', '과', '도')) is { } own) return own; // "회담했다"
        if (IsReference(doc, k, end)) return tokens[k + 1].Norm == "앞두고" ? SummitStatus.Planned : SummitStatus.Held;
        for (var j = k + 1; j < end && j <= k + 8; j++)
        {
            if (reading.Subjects.InQuote(j)) continue;
            // "…정상회담을 할 수 있었다": able to hold it, in the past.
            if (j + 2 < end && tokens[j + 1].Norm == "수" && (tokens[j + 2].Norm.StartsWith("있었", StringComparison.Ordinal) || tokens[j + 2].Norm.StartsWith("없었", StringComparison.Ordinal)))
                return tokens[j + 2].Norm.StartsWith("있었", StringComparison.Ordinal) ? SummitStatus.Held : null;
            if (Match(tokens[j].Norm) is { } status) return status;
            if (tokens[j].Norm.EndsWith('다')) break; // the clause ends
        }
        if (before > first && tokens[before - 1].Norm is "열린" or "열렸던" or "가진" or "개최된" or "진행된" or "가졌던") return SummitStatus.Held;
        if (before > first && tokens[before - 1].Norm is "열릴" or "예정된" or "가질" or "개최될") return SummitStatus.Planned;
        return null;
    }

    /// <summary>The tense of the sentence's last verb: past is held, present or future is planned; null when it says neither.</summary>
    public static SummitStatus? FromTense(AnalysedDocument doc, int last)
    {
        var w = doc.Tokens[last].Norm;
        if (KoreanWords.IsReporting(w)) return null; // "…정상회담 의제와 관련해 …고 말했다": the saying's tense, not the meeting's
        var verb = w.EndsWith("습니다", StringComparison.Ordinal) && w.Length >= 4 ? w[^4] : w.EndsWith('다') && w.Length >= 2 ? w[^2] : '\0';
        if (verb is >= '\uAC00' and <= '\uD7A3' && (verb - 0xAC00) % 28 == 20 && verb is not ('있' or '없')) return SummitStatus.Held; // a past stem: "했다", "나왔다", "보냈다"
        if (w.EndsWith("예정이다", StringComparison.Ordinal) || w.EndsWith("계획이다", StringComparison.Ordinal)) return SummitStatus.Planned;
        if (verb is >= '\uAC00' and <= '\uD7A3' && (verb - 0xAC00) % 28 == 4 && w.EndsWith('다')) return SummitStatus.Planned; // "한다", "된다", "만난다"
        if (w.EndsWith("는다", StringComparison.Ordinal) || w.EndsWith("합니다", StringComparison.Ordinal)) return SummitStatus.Planned;
        return null;
    }

    private static SummitStatus? Match(string word)
    {
        if (word.Length == 0) return null;
        foreach (var (stems, status) in After)
            foreach (var stem in stems)
                if (word.StartsWith(stem, StringComparison.Ordinal) && (stem.Length >= 2 || word == stem)) return status;
        return null;
    }
}
