using DiplomacyTracker.Dates;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Analysis;

/// <summary>One piece of summit evidence as the status needs it: what it says and when it was reported.</summary>
public readonly record struct SummitReport(SummitStatus Status, DateTime? ReportedUtc);

/// <summary>
/// Derives a summit's status from its evidence again (after an editor unlinks evidence, merges summits or deletes an
/// article), the way the linker built it report by report: oldest report first, each one folded in with
/// <see cref="SummitMatcher.MergeStatus"/> (the newest report wins; a held summit stays held against later talk of plans).
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
    /// reference status, see <see cref="CuratedStatus"/>); null for a summit found in articles, whose first report sets it.
    /// Reports are taken oldest first (undated ones first, ties in the given order). Null when there is neither a baseline
    /// nor a report: nothing to derive, the caller keeps what it has.
    /// </summary>
    public static SummitStatus? Resolve(SummitStatus? baseline, IEnumerable<SummitReport> reports)
    {
        var status = baseline;
        DateTime? latest = null;
        foreach (var report in reports.OrderBy(r => r.ReportedUtc ?? DateTime.MinValue))
        {
            if (status is not { } current)
                status = report.Status;
            else
                status = SummitMatcher.MergeStatus(current, Instant(latest), report.Status, Instant(report.ReportedUtc));
            if (report.ReportedUtc is { } t && (latest is null || t > latest)) latest = t;
        }
        return status;
    }

    /// <summary>The status Reference/summits.json gives a curated summit; null for any other reference id or none.</summary>
    public static SummitStatus? CuratedStatus(string? referenceId) =>
        referenceId is not null && Curated.Value.TryGetValue(referenceId, out var status) ? status : null;

    private static FuzzyDate? Instant(DateTime? utc) =>
        utc is { } t ? FuzzyDate.FromInstant(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : null;
}
