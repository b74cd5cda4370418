namespace DiplomacyTracker.Analysis;

/// <summary>
/// Decides whether an article is about Korea diplomacy from weighted cues (the peninsula, Pyongyang, summits,
/// ministers, catalog actors) against cues of sports, culture, business and crime news. The threshold is set low:
/// dropping a relevant article costs more than keeping an odd one, which the Borderline flag marks for review.
/// </summary>
internal static class RelevanceClassifier
{
    public const double Threshold = 0.3;
    private const double BorderBand = 0.12;

    private static readonly (string Phrase, double Weight)[] Positive =
    [
        ("north korea", 2.0), ("pyongyang", 2.0), ("korean peninsula", 2.5), ("inter korean", 2.5), ("denucleari", 2.5),
        ("dprk", 2.0), ("kcna", 2.0), ("unification ministry", 2.5), ("unification minister", 2.5), ("panmunjom", 2.0),
        ("demilitarized zone", 1.5), ("dmz", 1.0), ("summit", 1.5), ("foreign minister", 1.5), ("foreign ministry", 1.5),
        ("diplomacy", 1.5), ("diplomatic", 1.5), ("talks", 1.0), ("sanctions", 1.2), ("ambassador", 1.0), ("envoy", 1.2),
        ("alliance", 1.0), ("bilateral", 1.0), ("nuclear", 1.2), ("missile", 1.2), ("national security", 1.0),
        ("state department", 1.2), ("white house", 0.8), ("blue house", 1.2), ("yongsan", 0.8), ("six party", 2.0),
        ("negotiation", 1.2), ("dialogue", 1.0), ("kim jong", 2.0), ("seoul", 0.6), ("washington", 0.6), ("tokyo", 0.4),
        ("beijing", 0.4), ("moscow", 0.4), ("south korea", 0.8), ("korea", 0.5), ("apec", 1.0), ("treaty", 0.8),
        // Korean wire copy (Hangul cues match at the start of a word, particles may follow: "북한과의", "비핵화를").
        ("북한", 2.0), ("북측", 2.0), ("대북", 2.0), ("평양", 2.0), ("남북", 2.5), ("한반도", 2.5), ("비핵화", 2.5),
        ("정상회담", 1.5), ("통일부", 2.5), ("외교부", 1.5), ("외교", 1.2), ("판문점", 2.0), ("조선중앙통신", 2.0), ("김정은", 2.0),
        ("미사일", 1.2), ("제재", 1.2), ("특사", 1.2), ("동맹", 1.0), ("한미", 1.0), ("비무장지대", 1.5), ("회담", 1.0),
    ];

    private static readonly (string Phrase, double Weight)[] Negative =
    [
        ("baseball", 2.0), ("football", 1.5), ("soccer", 1.5), ("league", 1.2), ("tournament", 1.2), ("k pop", 2.0),
        ("kpop", 2.0), ("singer", 1.5), ("concert", 1.2), ("album", 1.5), ("box office", 2.0), ("drama series", 1.5),
        ("celebrity", 1.5), ("actor", 1.0), ("actress", 1.5), ("film festival", 1.5), ("shares", 1.2), ("stock", 1.2),
        ("kospi", 2.0), ("earnings", 1.5), ("quarterly", 1.2), ("revenue", 1.2), ("police", 1.0), ("arrested", 1.2),
        ("murder", 1.5), ("prosecutors", 0.8), ("court", 0.6), ("weather", 1.0), ("recipe", 2.0), ("mountaineer", 1.5),
        ("bullying", 1.2), ("school", 0.6), ("olympic", 0.6), ("coach", 1.2), ("prescription", 1.2),
        ("야구", 2.0), ("축구", 1.5), ("아이돌", 2.0), ("가수", 1.5), ("콘서트", 1.2), ("앨범", 1.5), ("드라마", 1.5),
        ("코스피", 2.0), ("주가", 1.2), ("실적", 1.5), ("매출", 1.2), ("경찰", 1.0), ("살인", 1.5), ("날씨", 1.0),
    ];

    public static RelevanceDecision Classify(string title, AnalysedDocument doc)
    {
        var norm = " " + ActorCatalog.NormalizeName(title + " " + (doc.Text.Length > 200_000 ? doc.Text[..200_000] : doc.Text)) + " ";
        var reasons = new List<string>();
        var positive = Score(norm, Positive, reasons, "+");
        var negative = Score(norm, Negative, reasons, "-");
        var people = doc.Mentions.Where(m => m.Actor is not null && !m.NotSubject).Select(m => m.Actor!.Key).Distinct().Count();
        if (people > 0)
        {
            var weight = Math.Min(4.0, 1.5 * people);
            positive += weight;
            reasons.Add($"+{weight:0.0} {people} known actor(s)");
        }
        var score = positive <= 0 ? 0 : positive / (positive + negative + 3.0);
        var relevant = score >= Threshold;
        // Diplomacy words and well-known leaders are not enough: an article that never names Korea (in either script)
        // nor anyone of the two Koreas is about something else (a Brexit report quoting Boris Johnson scored 0.46).
        if (relevant && !NamesKorea(norm, doc))
        {
            reasons.Add("no Korea cue: not about Korea");
            return new RelevanceDecision(false, Math.Round(score, 3), true, reasons);
        }
        return new RelevanceDecision(relevant, Math.Round(score, 3), Math.Abs(score - Threshold) < BorderBand, reasons);
    }

    private static readonly string[] KoreaCues =
    [
        "korea", "korean", "koreans", "dprk", "rok", "pyongyang", "seoul", "panmunjom", "kcna", "kim jong", "blue house",
        "cheong wa dae", "yongsan", "inter korean", "demilitarized zone", "dmz", "six party", "gyeongju", "busan", "incheon",
    ];

    /// <summary>Korea named in the text (a Hangul article always is), or someone of the two Koreas mentioned as a person.</summary>
    private static bool NamesKorea(string norm, AnalysedDocument doc) =>
        norm.Any(WordTokenizer.IsHangul)
        || KoreaCues.Any(cue => Count(norm, cue) > 0)
        || doc.Mentions.Any(m => m.Actor?.Country is "KR" or "KP");

    /// <summary>Each cue counts with diminishing returns: 1, then +0.5 per extra occurrence up to three.</summary>
    private static double Score(string norm, (string Phrase, double Weight)[] cues, List<string> reasons, string sign)
    {
        double total = 0;
        foreach (var (phrase, weight) in cues)
        {
            var count = Count(norm, phrase);
            if (count == 0) continue;
            var value = weight * (1 + 0.5 * (Math.Min(count, 3) - 1));
            total += value;
            reasons.Add($"{sign}{value:0.0} \"{phrase}\"×{count}");
        }
        return total;
    }

    private static int Count(string norm, string phrase)
    {
        var count = 0;
        var i = 0;
        // Stems: "denucleari" matches -sation/-zation; a Hangul cue takes its particles ("북한과의").
        var prefix = phrase.EndsWith("ari", StringComparison.Ordinal) || WordTokenizer.IsHangul(phrase[^1]);
        while ((i = norm.IndexOf(phrase, i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || norm[i - 1] == ' ';
            var after = prefix || i + phrase.Length >= norm.Length || norm[i + phrase.Length] == ' ' || norm[i + phrase.Length] == 's';
            if (before && after) count++;
            i += phrase.Length;
        }
        return count;
    }
}
