using System.Text.RegularExpressions;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Summits in Korean wire copy, read only where the sentence says it plainly: "정상회담" as the object or subject of the
/// sentence's own final verb ("…경주에서 정상회담을 했다" held, "…할 예정이다"/"…하기로 했다" planned, "…을 제안했다" proposed,
/// "…이 취소됐다/무산됐다" cancelled, "…이 연기됐다" postponed). Participants are the two catalog people named before the
/// word ("이재명 대통령과 도널드 트럼프 미국 대통령이"), or "양국 정상" standing for the two named in the sentence before;
/// anything less gives no participants. Places are written as the English side writes them, so reports in both languages match.
/// </summary>
internal static class KoreanSummitReader
{
    /// <summary>Hangul place names, each as the lower-case English name <see cref="PlaceNames"/> knows.</summary>
    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["경주"] = "gyeongju", ["판문점"] = "panmunjom", ["싱가포르"] = "singapore", ["평양"] = "pyongyang", ["워싱턴"] = "washington",
        ["베이징"] = "beijing", ["하노이"] = "hanoi", ["블라디보스토크"] = "vladivostok", ["서울"] = "seoul", ["부산"] = "busan",
        ["도쿄"] = "tokyo", ["모스크바"] = "moscow", ["백악관"] = "white house",
    };

    private static readonly string[] Prefixes = ["", "한미", "북미", "남북", "한중", "한일", "미중", "북러", "한미일", "첫"];

    private const string Between = @"^(?:\S+ ){0,2}";
    private static readonly (Regex Words, SummitStatus Status)[] AsObject =
    [
        (new(Between + "(?:했다|가졌다|열었다|개최했다|진행했다)$"), SummitStatus.Held),
        (new(Between + "(?:할|가질|열|개최할|갖는|진행할) (?:예정이다|계획이다)$"), SummitStatus.Planned),
        (new(Between + "(?:하기로|갖기로|열기로|개최하기로) (?:했다|합의했다)$"), SummitStatus.Planned),
        (new(Between + "제안했다$"), SummitStatus.Proposed),
        (new(Between + "취소했다$"), SummitStatus.Cancelled),
        (new(Between + "연기했다$"), SummitStatus.Postponed),
    ];
    private static readonly (Regex Words, SummitStatus Status)[] AsSubject =
    [
        (new(Between + "(?:열렸다|개최됐다|개최되었다|진행됐다)$"), SummitStatus.Held),
        (new(Between + "(?:열릴|개최될|진행될) 예정이다$"), SummitStatus.Planned),
        (new(Between + "(?:취소됐다|취소되었다|무산됐다|무산되었다)$"), SummitStatus.Cancelled),
        (new(Between + "(?:연기됐다|연기되었다)$"), SummitStatus.Postponed),
    ];
    private static readonly Regex Invited = new(Between + "초청했다$");

    public static void Read(AnalysedDocument doc, FuzzyDate? published, ActorCatalog catalog, List<SummitCandidate> into, List<QuoteSpan> quotes)
    {
        var tokens = doc.Tokens;
        if (!tokens.Any(t => t.Hangul && t.Norm.Contains("정상회담", StringComparison.Ordinal))) return;
        var speakers = new KoreanSpeakers(doc);
        Sentence? previous = null;
        foreach (var s in doc.Sentences)
        {
            if (s.End - s.Start <= 1500) ReadSentence(doc, speakers, s, previous, published, catalog, into, quotes);
            previous = s;
        }
    }

    private static void ReadSentence(AnalysedDocument doc, KoreanSpeakers speakers, Sentence s, Sentence? previous, FuzzyDate? published,
        ActorCatalog catalog, List<SummitCandidate> into, List<QuoteSpan> quotes)
    {
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= s.End) last++;
        for (var ti = first; ti < last; ti++)
        {
            if (Particle(tokens[ti].Norm) is not { } particle || QuoteFinder.Containing(quotes, tokens[ti].Start) is not null) continue;
            var rest = string.Join(' ', tokens.Skip(ti + 1).Take(last - ti - 1).Select(t => t.Norm));
            var status = particle switch
            {
                "을" or "를" => AsObject.FirstOrDefault(p => p.Words.IsMatch(rest)).Status,
                "이" or "가" or "은" or "는" => AsSubject.FirstOrDefault(p => p.Words.IsMatch(rest)).Status,
                "에" when Invited.IsMatch(rest) => SummitStatus.Proposed,
                _ => (SummitStatus?)null,
            };
            if (status is not { } found || rest.Split(' ').SkipLast(1).Any(w => w.EndsWith('다') || w.EndsWith('고') || w.EndsWith('며'))) continue;
            var participants = Pair(doc, speakers, first, ti) ?? [];
            if (participants.Count == 0 && NamesBothLeaders(tokens, first, ti) && previous is { } before)
                participants = Pair(doc, speakers, TokenIndex.FirstAtOrAfter(tokens, before.Start), TokenIndex.FirstAtOrAfter(tokens, before.End), anyParticle: true) ?? [];
            var location = PlaceIn(tokens, first, last);
            var date = KoreanDateReader.Read(doc.Text, s.Start, s.End, published);
            // "29일 정상회담을 할 예정이다": a bare day is read as already past; a plan's date before publication is unknown, not guessed.
            if (found is SummitStatus.Planned or SummitStatus.Proposed && date is { IsKnown: true } d && published is { IsKnown: true } p && d.LatestUtc < p.EarliestUtc) date = null;
            var title = location is not null ? location.Split(',')[0] + " summit"
                : participants.Count >= 2 ? string.Join('\u2013', participants.Select(k => SummitSentenceReader.Surname(doc, catalog, k))) + " summit" : "Summit";
            into.Add(new SummitCandidate(title, date, null, location, found, true, null, participants, false, s.Start, s.End));
            return;
        }
    }

    /// <summary>The particle after "정상회담" ("정상회담을" → "을"), or null when the word is something else.</summary>
    private static string? Particle(string word)
    {
        var at = word.IndexOf("정상회담", StringComparison.Ordinal);
        if (at < 0 || !Prefixes.Contains(word[..at])) return null;
        return word[(at + 4)..];
    }

    /// <summary>"양국 정상이": both leaders, unnamed in this sentence.</summary>
    private static bool NamesBothLeaders(IReadOnlyList<Token> tokens, int first, int ti)
    {
        for (var k = first; k + 1 < ti; k++)
            if (tokens[k].Norm == "양국" && tokens[k + 1].Norm is "정상이" or "정상은" or "정상들이" or "정상들은" or "정상") return true;
        return false;
    }

    /// <summary>The two catalog people named in tokens [from, to), each followed by titles and a particle; null unless exactly two.</summary>
    private static List<string>? Pair(AnalysedDocument doc, KoreanSpeakers speakers, int from, int to, bool anyParticle = false)
    {
        var tokens = doc.Tokens;
        var people = new List<string>();
        for (var k = from; k < to; k++)
        {
            if (Surnamed(doc, speakers, k, to) is { } named)
            {
                // "이 대통령과": someone the article named in full with that title.
                if (!people.Contains(named.Key)) people.Add(named.Key);
                k++;
                continue;
            }
            if (speakers.MentionAt(tokens[k].Start) is not { } m || m.Actor is not { } actor) continue;
            if (actor.Kind != ActorKind.Person) continue;
            var (lastToken, tail) = Phrase(doc, m, k, to);
            if (!anyParticle && tail is not ("과" or "와" or "이" or "가" or "은" or "는" or "의" or "과의" or "와의" or "에게" or "을" or "를")) return null;
            if (!people.Contains(actor.Key)) people.Add(actor.Key);
            k = lastToken;
        }
        return people.Count == 2 ? people : null;
    }

    /// <summary>A one-syllable surname and a title with a particle ("이 대통령과") for one person named in full before, else null.</summary>
    private static CatalogActor? Surnamed(AnalysedDocument doc, KoreanSpeakers speakers, int k, int to)
    {
        var tokens = doc.Tokens;
        if (tokens[k].Norm.Length != 1 || !tokens[k].Hangul || k + 1 >= to || speakers.MentionAt(tokens[k].Start) is not null) return null;
        var word = tokens[k + 1].Norm;
        var title = Enumerable.Range(1, word.Length - 1).Select(n => word[..n]).Where(KoreanSpeakers.IsTitleWord).MaxBy(t => t.Length);
        if (title is null || word[title.Length..] is not ("과" or "와" or "이" or "가" or "은" or "는" or "의")) return null;
        return speakers.NamedBefore(tokens[k], title);
    }

    /// <summary>The last token of a name with its titles ("도널드 트럼프 미국 대통령이") and what follows the titles ("이").</summary>
    private static (int Last, string Tail) Phrase(AnalysedDocument doc, Mention m, int k, int limit)
    {
        var tokens = doc.Tokens;
        var last = k;
        while (last + 1 < limit && tokens[last].End < m.End) last++;
        var tail = m.End <= tokens[last].End ? doc.Text[m.End..tokens[last].End] : "";
        while (tail.Length == 0 && last + 1 < limit && last - k < 6)
        {
            var word = tokens[last + 1].Norm;
            if (KoreanSpeakers.IsTitleWord(word)) { last++; continue; }
            var title = Enumerable.Range(1, word.Length - 1).Select(n => word[..n]).Where(KoreanSpeakers.IsTitleWord).MaxBy(t => t.Length);
            if (title is null) break;
            last++;
            tail = word[title.Length..];
        }
        return (last, tail);
    }

    /// <summary>"경주에서": a known place followed by "에서", written as the English side writes it.</summary>
    private static string? PlaceIn(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            var word = tokens[k].Norm;
            if (word.EndsWith("에서", StringComparison.Ordinal) && Places.TryGetValue(word[..^2], out var key)) return PlaceNames.Display(key);
        }
        return null;
    }
}
