using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>A summit as one sentence or table row reports it, before the article's reports are merged.</summary>
internal sealed class SummitCandidate(string title, FuzzyDate? start, FuzzyDate? end, string? location, SummitStatus? status, bool strong,
    string? outcome, List<string> participants, bool multilateral, int evidenceStart, int evidenceEnd)
{
    public string Title { get; set; } = title;
    public FuzzyDate? Start { get; set; } = start;
    public FuzzyDate? End { get; set; } = end;
    public string? Location { get; set; } = location;
    public SummitStatus? Status { get; set; } = status;
    public bool StrongStatus { get; set; } = strong;
    public string? Outcome { get; set; } = outcome;
    public List<string> Participants { get; } = participants;
    public bool Multilateral { get; } = multilateral;
    public int EvidenceStart { get; } = evidenceStart;
    public int EvidenceEnd { get; } = evidenceEnd;

    /// <summary>Reported as a visit ("a three-day state visit"), whose dates may be wider than the talks'.</summary>
    public bool IsVisit { get; set; }

    /// <summary>A multilateral summit named only as the frame of a meeting ("on the sidelines of the G20 summit").</summary>
    public bool OnSidelines { get; init; }

    /// <summary>An earlier meeting recalled with "since" ("their first talks since a meeting in New York"): never the sentence's own.</summary>
    public bool Earlier { get; init; }

    /// <summary>A report naming nobody ("The summit will come on the heels of …"): it only completes the summit it refers to.</summary>
    public bool Partial { get; init; }

    /// <summary>A later clause putting off or calling off the meeting just reported ("but it has been postponed"): it only
    /// gives that meeting its status.</summary>
    public bool StatusFollowUp { get; init; }

    /// <summary>Called a trilateral ("the trilateral summit at Camp David with Joe Biden"): three leaders meet.</summary>
    public bool Trilateral { get; init; }

    /// <summary>A partial report of a meeting's opening ("The two-day summit, which opened Tuesday at KINTEX"): its day starts
    /// the meeting a report of its last day dated.</summary>
    public bool Opening { get; init; }

    /// <summary>A gathering named as the frame of a meeting ("on the sidelines of the G20 summit"), and, on a meeting, the
    /// token of the gathering framing it (-1 for none).</summary>
    public bool Framing { get; init; }
    public int FrameIndex { get; init; } = -1;

    /// <summary>A heading line ("FIRST SUMMIT, PYONGYANG (June 13-15, 2000)"): it completes the summit reported under it.</summary>
    public bool Heading { get; init; }

    /// <summary>The country of <see cref="Location"/> (ISO 3166 code) and how fine the place is, when the gazetteer knows it.</summary>
    public string? PlaceCountry { get; set; }
    public PlaceLevel? PlaceLevel { get; set; }

    /// <summary>The meeting word's token, and the finer rule that found the parties ("with", "subject", "between").</summary>
    public int TriggerIndex { get; init; } = -1;
    public string Rule { get; init; } = "";

    /// <summary>How much the status words weigh (<see cref="SummitTense"/>: 5 cancelled/postponed … 1 weak); 0 for none.</summary>
    public int StatusRank { get; set; }

    /// <summary>The day came from the date opening a chronology line ("March 25-28 -- …").</summary>
    public bool DayFromLine { get; init; }

    /// <summary>The sieve that read this report (set by <see cref="SummitExtractor"/>); a merged summit keeps the first's.</summary>
    public string Sieve { get; set; } = "";

    /// <summary>A copy whose lists and fields a sieve may change without touching this one.</summary>
    public SummitCandidate Clone() =>
        new(Title, Start, End, Location, Status, StrongStatus, Outcome, [.. Participants], Multilateral, EvidenceStart, EvidenceEnd)
        {
            IsVisit = IsVisit, OnSidelines = OnSidelines, Earlier = Earlier, Sieve = Sieve, Partial = Partial, StatusFollowUp = StatusFollowUp, Heading = Heading, Trilateral = Trilateral, Opening = Opening, Framing = Framing, FrameIndex = FrameIndex, PlaceCountry = PlaceCountry,
            PlaceLevel = PlaceLevel, TriggerIndex = TriggerIndex, Rule = Rule, DayFromLine = DayFromLine, StatusRank = StatusRank,
        };

    /// <summary>Folds another report of the same summit in: the more precise date, the fuller place, the stronger status.</summary>
    public void Absorb(SummitCandidate other)
    {
        foreach (var p in other.Participants) if (!Participants.Contains(p)) Participants.Add(p);
        if (other.Start is { IsKnown: true } os && (Start is not { IsKnown: true } s || os.Precision > s.Precision)) { Start = other.Start; End = other.End; }
        if (other.Location is not null && (Location is null || Finer(other.Location, Location))) Location = other.Location;
        if (other.Status is not null && (Status is null || (other.StrongStatus && !StrongStatus)))
        {
            Status = other.Status;
            StrongStatus = other.StrongStatus;
        }
        Outcome ??= other.Outcome;
        if (TitleRank(other.Title) > TitleRank(Title)) Title = other.Title;
    }

    /// <summary>A city or venue is finer than a country ("Kremlin" over "Russia"); otherwise the longer name is ("Gyeongju
    /// National Museum, Gyeongju" over "Gyeongju").</summary>
    public static bool Finer(string place, string than)
    {
        var (broad, broadThan) = (PlaceNames.IsBroad(place.Split(',')[0]), PlaceNames.IsBroad(than.Split(',')[0]));
        return broad != broadThan ? broadThan : place.Length > than.Length;
    }

    /// <summary>A place or table title beats "Lee–Trump summit", which beats a bare "Summit".</summary>
    private static int TitleRank(string title) => title == "Summit" ? 0 : title.Contains('\u2013') ? 1 : 2;

    public FoundSummit ToFound(string text) =>
        new(Title, Start, End, Location, Status ?? SummitStatus.Held, Outcome, Participants, text[EvidenceStart..EvidenceEnd], EvidenceStart, EvidenceEnd);
}
