namespace DiplomacyTracker.Analysis;

/// <summary>
/// "경북 경주에서 10월 29일~11월 1일 열린 APEC 정상회의 … 이재명 대통령은 도널드 트럼프 대통령과 한미 정상회담을 통해 …":
/// a held meeting the article places nowhere took place at the one dated multilateral summit the article sets it in, when
/// its day (if written) falls within that summit's. Two summits with different places leave it unplaced.
/// </summary>
internal sealed class KoreanSidelinesSieve : ISieve<SummitCandidate>
{
    public string Name => "korean.summit-sidelines";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        var frames = Frames(doc);
        if (frames.Select(f => f.Place).Distinct().Count() != 1) return;
        var (frameSentence, place, from, to) = frames[0];
        foreach (var f in board.Facts)
        {
            var c = f.Fact;
            if (c.Location is not null || c.Status != SummitStatus.Held || c.Participants.Count < 2 || f.Sentence < frameSentence) continue;
            if (c.Start is { IsKnown: true } s && (s.LatestUtc < from.EarliestUtc.AddDays(-1) || s.EarliestUtc > to.LatestUtc.AddDays(1))) continue;
            c.Location = place;
        }
    }

    /// <summary>Sentences naming a multilateral summit ("정상회의") with a place and a date: (sentence, place, first day, last day).</summary>
    private static List<(int Sentence, string Place, Dates.FuzzyDate From, Dates.FuzzyDate To)> Frames(AnalysedDocument doc)
    {
        var frames = new List<(int, string, Dates.FuzzyDate, Dates.FuzzyDate)>();
        var reading = KoreanReading.Of(doc);
        var tokens = doc.Tokens;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var s = doc.Sentences[n];
            var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
            string? place = null;
            var summit = false;
            for (var k = first; k < tokens.Count && tokens[k].End <= s.End; k++)
            {
                if (reading.Subjects.InQuote(k)) continue;
                summit |= tokens[k].Norm.StartsWith("정상회의", StringComparison.Ordinal);
                if (place is null && KoreanPlaces.At(doc, k) is { } p && !PlaceNames.IsBroad(p.Display)
                    && (p.Particle is "에서" or "서" || (k + 1 < tokens.Count && tokens[k + 1].Norm is "apec" or "에이펙" or "g20"))) place = p.Display;
            }
            var dates = doc.DatesIn(s.Start, s.End, future: false);
            if (summit && place is not null && dates.Count > 0) frames.Add((n, place, dates[0].From, dates[^1].To));
        }
        return frames;
    }
}
