using DiplomacyTracker.Dates;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Analysis;

/// <summary>One piece of summit evidence as the status needs it: what it says and when it was reported. A report whose
/// article has no publication date (<paramref name="Dated"/> false: its instant is only when it was fetched) says nothing
/// about which report is newest.</summary>
public readonly record struct SummitReport(SummitStatus Status, DateTime? ReportedUtc, bool Dated = true)
{
    /// <summary>Dated by its article's publication.</summary>
    public bool HasDate => Dated && ReportedUtc is not null;
}

/// <summary>One step of a summit's status history: the status and the first report (by publication date) that gave it.</summary>
public sealed record SummitStatusStep(SummitStatus Status, DateTime? SinceUtc);

/// <summary>
/// Derives a summit's status from its evidence: the newest report by its article's publication date wins, whatever order
/// the articles arrived in and whatever an older report said (a first wrong "held" is undone by a newer "planned"; a plan
/// becomes held, postponed or cancelled as reports come in). Reports of the same instant, and reports with no publication
/// date when no report has one, give the furthest state. A curated summit's reference "held" is a fact no report undoes;
/// any other reference status is only the start.
/// </summary>
public static class SummitStatusResolver
{
    private static readonly Lazy<Dictionary<string, SummitStatus>> Curated = new(() =>
        ReferenceDataLoader.LoadSummits().Summits.ToDictionary(
            s => s.Id,
            s => Enum.TryParse<SummitStatus>(s.Status, ignoreCase: true, out var status) ? status : SummitStatus.Held,
            StringComparer.Ordinal));

    /// <summary>
    /// The status the reports support. <paramref name="baseline"/> is the status before any report (a curated summit's
    /// reference status, see <see cref="CuratedStatus"/>); null for a summit found in articles. Null when there is neither
    /// a baseline nor a report: nothing to derive, the caller keeps what it has.
    /// </summary>
    public static SummitStatus? Resolve(SummitStatus? baseline, IEnumerable<SummitReport> reports)
    {
        var steps = History(baseline, reports);
        return steps.Count == 0 ? baseline : steps[^1].Status;
    }

    /// <summary>The status history: the status after each report in publication order, one step per change (proposed →
    /// planned → held, or cancelled). Undated reports come first (they only decide when no report is dated).</summary>
    public static List<SummitStatusStep> History(SummitStatus? baseline, IEnumerable<SummitReport> reports)
    {
        var steps = new List<SummitStatusStep>();
        if (baseline is { } b) steps.Add(new SummitStatusStep(b, null));
        if (baseline == SummitStatus.Held) return steps;
        var list = reports.ToList();
        var undated = list.Where(r => !r.HasDate).ToList();
        if (undated.Count > 0) Step(steps, undated.MaxBy(r => Rank(r.Status)).Status, null);
        // Reports of one instant count as one: the furthest state among them.
        foreach (var group in list.Where(r => r.HasDate).GroupBy(r => r.ReportedUtc!.Value).OrderBy(g => g.Key))
            Step(steps, group.MaxBy(r => Rank(r.Status)).Status, group.Key);
        return steps;
    }

    private static void Step(List<SummitStatusStep> steps, SummitStatus status, DateTime? at)
    {
        if (steps.Count == 0 || steps[^1].Status != status) steps.Add(new SummitStatusStep(status, at));
    }

    /// <summary>How far along a summit is, for reports that cannot be ordered by date.</summary>
    public static int Rank(SummitStatus s) => s switch
    {
        SummitStatus.Proposed => 0,
        SummitStatus.Planned => 1,
        SummitStatus.Postponed => 2,
        SummitStatus.Cancelled => 3,
        _ => 4,
    };

    /// <summary>The status Reference/summits.json gives a curated summit; null for any other reference id or none.</summary>
    public static SummitStatus? CuratedStatus(string? referenceId) =>
        referenceId is not null && Curated.Value.TryGetValue(referenceId, out var status) ? status : null;
}
