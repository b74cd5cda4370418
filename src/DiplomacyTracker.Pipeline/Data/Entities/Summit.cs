using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data.Entities;

/// <summary>A meeting of leaders or senior officials: one row however many articles report it.</summary>
public class Summit
{
    public int Id { get; set; }

    /// <summary>Stable id from Reference/summits.json; null for summits found in articles.</summary>
    public string? ReferenceId { get; set; }
    public string Title { get; set; } = "";
    public string? Kind { get; set; }

    public DateTime? StartUtc { get; set; }
    public DateTime? StartLatestUtc { get; set; }
    public DatePrecision StartPrecision { get; set; }
    public DateTime? EndUtc { get; set; }
    public DateTime? EndLatestUtc { get; set; }
    public DatePrecision EndPrecision { get; set; }
    public int OffsetMinutes { get; set; }

    public string? Location { get; set; }
    public SummitStatus Status { get; set; }
    public string? Outcome { get; set; }

    /// <summary>For curated summits: where the fact comes from.</summary>
    public string? SourceCitation { get; set; }
    public string? SourceUrl { get; set; }

    public DateTime? EditedUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>An editor entered this summit by hand (the analysis missed it); shown as such.</summary>
    public bool EnteredByEditor { get; set; }

    public List<SummitParticipant> Participants { get; set; } = [];
    public List<SummitEvidence> Evidence { get; set; } = [];

    public FuzzyDate? Start
    {
        get => FuzzyDateColumns.Read(StartUtc, StartLatestUtc, StartPrecision, OffsetMinutes);
        set
        {
            StartUtc = value?.EarliestUtc;
            StartLatestUtc = value?.LatestUtc;
            StartPrecision = value?.Precision ?? DatePrecision.Unknown;
            if (value is { } v) OffsetMinutes = v.OffsetMinutes;
        }
    }

    public FuzzyDate? End
    {
        get => FuzzyDateColumns.Read(EndUtc, EndLatestUtc, EndPrecision, OffsetMinutes);
        set
        {
            EndUtc = value?.EarliestUtc;
            EndLatestUtc = value?.LatestUtc;
            EndPrecision = value?.Precision ?? DatePrecision.Unknown;
        }
    }
}

/// <summary>An actor taking part in a summit.</summary>
public class SummitParticipant
{
    public int SummitId { get; set; }
    public Summit? Summit { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
}

/// <summary>Which article said what about a summit, and when: the status history.</summary>
public class SummitEvidence
{
    public int Id { get; set; }
    public int SummitId { get; set; }
    public Summit? Summit { get; set; }
    public int? ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>The status this piece of evidence supports.</summary>
    public SummitStatus Status { get; set; }
    public string Excerpt { get; set; } = "";
    public int StartOffset { get; set; }
    public int EndOffset { get; set; }

    /// <summary>When the evidence was reported (the article's publication instant), for ordering the history.</summary>
    public DateTime? ReportedUtc { get; set; }

    /// <summary>How precisely the article's publication date is known; <see cref="DatePrecision.Unknown"/> when the article
    /// has none and <see cref="ReportedUtc"/> is only when it was fetched (such a report never counts as the newest). Null on
    /// rows stored before it was recorded (taken as dated).</summary>
    public DatePrecision? ReportedPrecision { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>An editor linked this article to the summit by hand: re-analysis never removes or moves it.</summary>
    public bool EnteredByEditor { get; set; }
}

/// <summary>An editor's "this article is not about this summit" (evidence unlinked): re-analysis never links them again.</summary>
public class SummitEvidenceRejection
{
    public int Id { get; set; }
    public int SummitId { get; set; }
    public Summit? Summit { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public DateTime CreatedUtc { get; set; }
}
