using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// Reads summits from table rows as the extractor renders them ("Hanoi | February 27-28,2019 | Vietnam | summit
/// collapsed …", the first row being the header). Participants come from a participants column or, failing that,
/// from the people named just before the table.
/// </summary>
internal static class SummitTableReader
{
    public static void Read(AnalysedDocument doc, FuzzyDate? published, List<SummitCandidate> into)
    {
        var text = doc.Text;
        int[]? columns = null; // name, date, location, outcome, participants
        var headerCount = 0;
        List<string> context = [];
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text[lineStart..lineEnd];
            if (string.IsNullOrWhiteSpace(line)) { lineStart = lineEnd + 1; continue; } // rows may be separated by blank lines
            if (!line.Contains(" | ", StringComparison.Ordinal)) columns = null;
            else
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (columns is null)
                {
                    columns = Header(cells);
                    headerCount = cells.Length;
                    context = PeopleBefore(doc, lineStart);
                }
                else if (cells.Length == headerCount && Row(doc, published, columns, cells, context, lineStart, lineEnd) is { } c) into.Add(c);
            }
            lineStart = lineEnd + 1;
        }
    }

    private static int[]? Header(string[] cells)
    {
        int Find(params string[] words) => Array.FindIndex(cells, c => words.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var cols = new[] { Find("summit", "event", "meeting", "name"), Find("date", "when", "year"), Find("location", "venue", "place", "city", "site"),
            Find("outcome", "result", "significance", "agreement"), Find("participant", "leaders", "attendees") };
        return cols[1] >= 0 && (cols[0] >= 0 || cols[2] >= 0) ? cols : null;
    }

    private static SummitCandidate? Row(AnalysedDocument doc, FuzzyDate? published, int[] cols, string[] cells, List<string> context, int start, int end)
    {
        string? Cell(int col) => col >= 0 && col < cells.Length && cells[col].Length > 0 ? cells[col] : null;
        var dateCell = Cell(cols[1]);
        if (dateCell is null) return null;
        var dates = DatePhraseReader.Read(dateCell, 0, dateCell.Length, published, future: false);
        if (dates.Count == 0) return null;
        var name = Cell(cols[0]);
        var place = Cell(cols[2]);
        var location = (name, place) switch
        {
            (not null, not null) when PlaceNames.IsBroad(place) && !name.Contains("summit", StringComparison.OrdinalIgnoreCase) => name + ", " + place,
            (not null, not null) when !name.Contains("summit", StringComparison.OrdinalIgnoreCase) && !place.Contains(name, StringComparison.OrdinalIgnoreCase) => place + ", " + name,
            _ => place ?? name,
        };
        var outcome = Cell(cols[3]);
        var participants = context;
        if (Cell(cols[4]) is not null)
        {
            var cellStart = doc.Text.IndexOf(cells[cols[4]], start, StringComparison.Ordinal);
            participants = doc.Mentions.Where(m => m.Start >= cellStart && m.End <= end && m.Actor is { Kind: ActorKind.Person })
                .Select(m => m.Actor!.Key).Distinct().ToList();
        }
        var outcomeNorm = ActorCatalog.NormalizeName(outcome ?? "");
        var status = TitleReader.ContainsWord(outcomeNorm, "cancelled") || TitleReader.ContainsWord(outcomeNorm, "canceled") ? SummitStatus.Cancelled
            : TitleReader.ContainsWord(outcomeNorm, "postponed") ? SummitStatus.Postponed
            : published is { IsKnown: true } p && dates[0].From.EarliestUtc > p.LatestUtc ? SummitStatus.Planned : SummitStatus.Held;
        var title = name is null ? (place ?? "Summit") : name.Contains("summit", StringComparison.OrdinalIgnoreCase) || name.Contains("meeting", StringComparison.OrdinalIgnoreCase) ? name : name + " summit";
        return new SummitCandidate(title, dates[0].From, dates[0].To, location, status, true, outcome, [.. participants], false, start, end);
    }

    /// <summary>People (not institutions) named in the two sentences before the table.</summary>
    private static List<string> PeopleBefore(AnalysedDocument doc, int offset)
    {
        var sentences = doc.Sentences.Where(s => s.End <= offset).TakeLast(2).ToList();
        if (sentences.Count == 0) return [];
        var from = sentences[0].Start;
        return doc.Mentions.Where(m => m.Start >= from && m.End <= offset && m.Actor is { Kind: ActorKind.Person })
            .Select(m => m.Actor!.Key).Distinct().ToList();
    }
}
