using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Data.Entities;

/// <summary>Who said what, when, traceable to its characters in its article.</summary>
public class Statement
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? SpeakerId { get; set; }
    public Actor? Speaker { get; set; }

    /// <summary>The speaker as the article named them ("Ambassador Kang").</summary>
    public string? SpeakerText { get; set; }
    public string Text { get; set; } = "";
    public StatementKind Kind { get; set; }
    public string Cue { get; set; } = "";

    // Said-on with its precision.
    public DateTime? SaidUtc { get; set; }
    public DateTime? SaidLatestUtc { get; set; }
    public DatePrecision SaidPrecision { get; set; }
    public int SaidOffsetMinutes { get; set; }

    /// <summary>Character offsets into <see cref="Entities.Article.Text"/>.</summary>
    public int StartOffset { get; set; }
    public int EndOffset { get; set; }

    public double Confidence { get; set; }
    public ReviewState Review { get; set; }

    /// <summary>Set when an editor corrected speaker or text: re-analysis keeps this statement as the editor left it.</summary>
    public DateTime? EditedUtc { get; set; }

    /// <summary>An editor entered this statement by hand (the analysis missed it); shown as such, kept by re-analysis.</summary>
    public bool EnteredByEditor { get; set; }
    public DateTime CreatedUtc { get; set; }

    public FuzzyDate? SaidOn
    {
        get => FuzzyDateColumns.Read(SaidUtc, SaidLatestUtc, SaidPrecision, SaidOffsetMinutes);
        set => (SaidUtc, SaidLatestUtc, SaidPrecision, SaidOffsetMinutes) = FuzzyDateColumns.Write(value);
    }
}
