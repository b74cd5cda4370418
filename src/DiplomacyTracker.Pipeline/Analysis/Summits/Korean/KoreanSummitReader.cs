using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Summits in Korean news, one per meeting word outside quotes: "정상회담" (with its pair: "한중", "한·중", "북일"),
/// "회담" ("양자회담", "회담하면서"), "만나"/"만남", "회동", "접견". Participants are two leaders (<see cref="KoreanLeaders"/>),
/// the place the nearest one written (<see cref="KoreanPlaces"/>), the day the date written before the word (read ahead
/// for a plan, back otherwise), and the status from the words around it (<see cref="KoreanSummitCues"/>). A phone call
/// ("정상 통화") is not a summit; a meeting without two leaders or a place gives nothing.
/// </summary>
internal static class KoreanSummitReader
{
    private static readonly string[] MeetingStems = ["만나", "만났", "만난", "만날", "만남", "회동", "접견", "국빈만찬", "만찬"];

    public static List<(SummitCandidate Candidate, int Sentence, string Rule)> Read(AnalysedDocument doc, ActorCatalog catalog)
    {
        var found = new List<(SummitCandidate, int, string)>();
        if (!doc.Tokens.Any(t => t.Hangul && (t.Norm.Contains("회담", StringComparison.Ordinal) || MeetingStems.Any(m => t.Norm.StartsWith(m, StringComparison.Ordinal))))) return found;
        var reading = KoreanReading.Of(doc);
        var leaders = new KoreanLeaders(reading);
        var tokens = doc.Tokens;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var s = doc.Sentences[n];
            if (s.End - s.Start > 1500) continue;
            var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].End <= s.End) end++;
            // "정상 통화", "전화 회담": a call, not a meeting.
            if (Enumerable.Range(first, end - first).Any(k => !reading.Subjects.InQuote(k) && (tokens[k].Norm.StartsWith("통화", StringComparison.Ordinal)
                || (tokens[k].Norm.StartsWith("전화", StringComparison.Ordinal) && tokens[k].Norm.Contains("회담", StringComparison.Ordinal))))) continue;
            var triggers = Enumerable.Range(first, end - first).Where(k => IsTrigger(tokens[k].Norm) && !reading.Subjects.InQuote(k)).ToList();
            (int Sentence, (string Display, int Token) Place)? earlier = null;
            for (var i = 0; i < triggers.Count; i++)
            {
                var k = triggers[i];
                var w = tokens[k].Norm;
                var at = w.IndexOf("회담", StringComparison.Ordinal);
                var summitWord = at >= 0;
                var from = i > 0 ? triggers[i - 1] + 1 : first;
                var to = i + 1 < triggers.Count ? triggers[i + 1] : end;
                var prefix = summitWord ? w[..at].Replace("정상", "", StringComparison.Ordinal).Replace("양자", "", StringComparison.Ordinal).Replace("첫", "", StringComparison.Ordinal) : "";
                var countries = leaders.PairAt(k, prefix);
                var pairStart = countries.Count > 0 && prefix.Length == 0 ? k - countries.Count : k;
                if (countries.Count == 0 && summitWord && prefix.Length == 0 && k > first && tokens[k - 1].Norm.Length is 2 or 3)
                {
                    countries = leaders.PairAt(k, tokens[k - 1].Norm); // "북일 정상회담"
                    if (countries.Count > 0) pairStart = k - 1;
                }
                // The leaders named since the last meeting word, up to this one ("이 대통령은 … 시 주석과 정상회담을").
                var named = leaders.In(from, k + 1, n > 0 ? doc.Sentences[n - 1] : null);
                var status = KoreanSummitCues.Status(reading, k, pairStart, first, end) ?? KoreanSummitCues.FromTense(doc, end - 1);
                // "한중 정상회담을 통해 시 주석과의 …", "경주 정상회담 때 시 주석이 이 대통령에게 …": the leaders after the word, in its stretch.
                if (countries.Count >= 2 || named.Count < 2) named = leaders.In(from, to, n > 0 ? doc.Sentences[n - 1] : null);
                // "양 정상은 …": the two leaders the sentence before named.
                if (named.Count < 2 && countries.Count == 0 && n > 0 && leaders.BothLeaders(from, k) && leaders.PairBefore(n) is { Count: 2 } pair) named = pair;
                // "…의 만남이 성사될지 주목된다", "회담 가능성": a meeting wondered about is no plan.
                if (Speculative(tokens, k, end)) continue;
                // "기자들과 만나": a meeting verb whose partner is no leader reports no summit.
                if (!summitWord && !leaders.PartnerIsLeader(from, k)) continue;
                var participants = Participants(leaders, named, countries, k, s.Start, doc.Day);
                if (participants.Count < 2)
                {
                    if (k + 1 < end && tokens[k + 1].Norm == "이후" && countries.Count == 0 && named.Count == 0
                        && PlaceFor(reading, Math.Max(from, k - 3), k + 1, k) is { } before && before.Token == k - 1) earlier = (n, before);
                    continue;
                }
                // "기시다 전 총리는 … 미일 정상회담을 할 수 있었다": a former leader's meeting was with someone the article may not name; today's leader is not a guess.
                if (participants.Any(p => !named.Any(x => x.Actor.Key == p.Key)) && named.Any(x => participants.Contains(x.Actor) && !KoreanLeaders.InOffice(x.Actor, doc.Day))) continue;
                // "경주 회담 이후 …", "정상회담을 뒤로 하고 베이징에서 …": a meeting referred to keeps only a place written right before it.
                var reference = KoreanSummitCues.IsReference(doc, k, end) && !w.Contains("만찬", StringComparison.Ordinal);
                var place = reference ? PlaceFor(reading, Math.Max(from, pairStart - 3), k + 1, pairStart) : PlaceFor(reading, from, to, pairStart);
                // "5일 개최되는 한중 정상회담 …. 이 대통령은 7일까지 … 중국 국빈 방문길에 오른다": an unplaced plan is in the country a
                // participant visits for it, as this sentence or its neighbours write (a meeting held is written with its place).
                if (place is null && !reference && status is not SummitStatus.Held) place = KoreanPlaces.VisitedNear(doc, n, participants.Select(KoreanLeaders.CountryOf).ToList(), reading);
                var date = reference ? null : DateFor(doc, from, k, to, status, place?.Token);
                status ??= date is { IsKnown: true } d && doc.Published is { IsKnown: true } pub
                    ? d.LatestUtc < pub.EarliestUtc ? SummitStatus.Held : d.EarliestUtc > pub.LatestUtc ? SummitStatus.Planned : null : null;
                var title = place is { } pl ? pl.Display.Split(',')[0] + " summit" : string.Join('\u2013', participants.Select(a => ShortName(a))) + " summit";
                var candidate = new SummitCandidate(title, date, null, place?.Display, status, status is not null, null, participants.Select(a => a.Key).ToList(), false, s.Start, s.End)
                {
                    // "이재명 대통령이 4일 … 중국을 국빈 방문한다": a visit's first day, which the talks' own day ("5일 … 정상회담") sharpens.
                    IsVisit = date is not null && Enumerable.Range(first, end - first).Any(j => VisitWord(tokens[j].Norm)),
                };
                found.Add((candidate, n, summitWord ? "summit-word" : "meeting-verb"));
                // "경북 경주 회담 이후 2개월여 만인 5일 … 열린 한·중 정상회담": the meeting referred to before the pair's next one is
                // theirs too, held, at the place written right before it.
                if (earlier is { } e && e.Sentence == n)
                    found.Add((new SummitCandidate(e.Place.Display.Split(',')[0] + " summit", null, null, e.Place.Display, SummitStatus.Held, true, null,
                        participants.Select(a => a.Key).ToList(), false, s.Start, s.End)
                    { Earlier = true }, n, "earlier-reference"));
                earlier = null;
            }
        }
        return found;
    }

    private static bool EndsClause(string w, string text, int end) =>
        w.EndsWith('다') || w is "건" or "것은" || w.EndsWith("는데", StringComparison.Ordinal) || w.EndsWith("지만", StringComparison.Ordinal)
        || (end < text.Length && text[end] == ',' && (w.EndsWith('고') || w.EndsWith('며') || w.EndsWith('서')));

    private static bool Speculative(IReadOnlyList<Token> tokens, int k, int end)
    {
        for (var j = k; j < end && j <= k + 3; j++)
        {
            var w = tokens[j].Norm;
            if (w.EndsWith("될지", StringComparison.Ordinal) || w.EndsWith("할지", StringComparison.Ordinal) || w.EndsWith("일지", StringComparison.Ordinal)
                || (w == "지" && j > k) || w.EndsWith("다면", StringComparison.Ordinal) || w.StartsWith("입장", StringComparison.Ordinal) // "성사될 지", "성사된다면", "만남에 열린 입장"
                || w.StartsWith("여부", StringComparison.Ordinal) || w.StartsWith("가능성", StringComparison.Ordinal) || w.Contains("가능성", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool VisitWord(string w) =>
        w.StartsWith("방문", StringComparison.Ordinal) || w.Length >= 2 && w[0] == '방' && w[1] is '중' or '미' or '일' or '한' or '북' or '러';

    private static bool IsTrigger(string w) => w.Contains("회담", StringComparison.Ordinal) || MeetingStems.Any(m => w.StartsWith(m, StringComparison.Ordinal));

    /// <summary>The pair written as countries, each its leader; else the two leaders named; else the subject and the partner.</summary>
    private static List<CatalogActor> Participants(KoreanLeaders leaders, List<(CatalogActor Actor, int Token, string Particle)> named, List<string> countries, int k,
        int offset, DateOnly? day)
    {
        if (countries.Count >= 2)
        {
            // Each country's leader named nearest the meeting word, else the one the article names.
            var byCountry = countries.Select(c => named.Where(x => KoreanLeaders.CountryOf(x.Actor) == c).OrderBy(x => Math.Abs(x.Token - k)).Select(x => x.Actor).FirstOrDefault()
                ?? leaders.OfCountry(c, offset, day)).ToList();
            return byCountry.All(a => a is not null) && byCountry.DistinctBy(a => a!.Key).Count() == byCountry.Count ? byCountry.Select(a => a!).ToList() : [];
        }
        if (named.Count == 2) return named.Select(x => x.Actor).ToList();
        if (named.Count < 2) return [];
        var subject = named.FirstOrDefault(x => x.Particle is "은" or "는" or "이" or "가");
        var partner = named.LastOrDefault(x => x.Particle is "과" or "와" or "과의" or "와의" or "을" or "를" && x.Actor.Key != subject.Actor?.Key);
        return subject.Actor is not null && partner.Actor is not null ? [subject.Actor, partner.Actor] : [];
    }

    /// <summary>
    /// The date written between the last meeting word and this one (nearest first), else right after it in its clause
    /// ("한중 정상회담은 지난달 1일 …"), read ahead for a plan and back otherwise.
    /// </summary>
    private static FuzzyDate? DateFor(AnalysedDocument doc, int from, int k, int to, SummitStatus? status, int? placeToken)
    {
        var future = status is SummitStatus.Planned or SummitStatus.Proposed;
        var tokens = doc.Tokens;
        // Only the meeting's own clause: "3월 개최를 목표로 한 건 트럼프 대통령이 … 만나야 해서다" dates the goal, not the meeting.
        var clauseStart = k;
        while (clauseStart > from && !EndsClause(tokens[clauseStart - 1].Norm, doc.Text, tokens[clauseStart - 1].End)) clauseStart--;
        var dates = doc.DatesIn(tokens[clauseStart].Start, tokens[k].Start, future);
        // A plan is not dated before its article ("28일 … 할 예정" on the 29th reads nowhere ahead).
        if (future && doc.Published is { IsKnown: true } pub) dates.RemoveAll(d => d.From.IsKnown && d.From.LatestUtc < pub.EarliestUtc && d.Relative);
        if (dates.Count > 0) return dates[^1].From;
        // "11월 22일 남아프리카공화국에서 열린 G20 정상회의가 …였지만, 리창 총리가 … 만남을 피해 불발됐다": the place's clause dates it.
        if (placeToken is { } p && p < clauseStart)
        {
            var placeClause = p;
            while (placeClause > from && !EndsClause(tokens[placeClause - 1].Norm, doc.Text, tokens[placeClause - 1].End)) placeClause--;
            var atPlace = doc.DatesIn(tokens[placeClause].Start, tokens[p].Start, future);
            if (atPlace.Count > 0) return atPlace[^1].From;
        }
        var clauseEnd = k + 1;
        while (clauseEnd < to && clauseEnd <= k + 6 && !tokens[clauseEnd - 1].Norm.EndsWith('다') && !tokens[clauseEnd - 1].Norm.EndsWith('고')) clauseEnd++;
        var after = doc.DatesIn(tokens[k].End, tokens[Math.Min(clauseEnd, tokens.Count - 1)].Start, future);
        return after.Count > 0 ? after[0].From : null;
    }

    /// <summary>
    /// The place nearest the meeting word, preferring one written "…에서" or right before it ("경주 회담", "경주 APEC"); a
    /// country only with "…에서" or right before it. Places inside quotes are the quote's.
    /// </summary>
    private static (string Display, int Token)? PlaceFor(KoreanReading reading, int first, int end, int k)
    {
        var doc = reading.Doc;
        (string Display, int Token, int Distance)? best = null;
        for (var j = first; j < end; j++)
        {
            if (reading.Subjects.InQuote(j) || KoreanPlaces.At(doc, j) is not { } p) continue;
            var at = p.Particle is "에서" or "에서의" or "서" or "에서는" or "에선";
            var adjacent = j == k - 1 || (j + 1 < doc.Tokens.Count && doc.Tokens[j + 1].Norm is "apec" or "에이펙" or "g20");
            if (!at && !adjacent && (p.Particle.Length > 0 || PlaceNames.IsBroad(p.Display))) continue;
            var distance = Math.Abs(k - j) * 2 + (at || adjacent ? 0 : 3) + (j > k ? 1 : 0);
            if (best is null || distance < best.Value.Distance) best = (p.Display, j, distance);
        }
        return best is { } b ? (b.Display, b.Token) : null;
    }

    private static string ShortName(CatalogActor a)
    {
        if (AliasIndex.SurnameOf(a) is { Length: > 0 } s && !s.Any(WordTokenizer.IsHangul)) return char.ToUpperInvariant(s[0]) + s[1..];
        return a.Name.Split(' ')[^1];
    }
}
