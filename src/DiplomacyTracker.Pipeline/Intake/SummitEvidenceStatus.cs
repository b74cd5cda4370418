using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Intake;

/// <summary>After evidence moved or went: the summit's status derived again from what is left (never over an editor's correction).</summary>
public static class SummitEvidenceStatus
{
    /// <summary>
    /// Sets <paramref name="summit"/>'s status from its loaded <see cref="Summit.Evidence"/> via <see cref="SummitStatusResolver"/>.
    /// False (status kept) when an editor corrected the summit or nothing is left to derive it from.
    /// </summary>
    public static bool Recompute(Summit summit)
    {
        if (summit.EditedUtc is not null) return false;
        var reports = summit.Evidence.OrderBy(e => e.Id).Select(Report);
        if (SummitStatusResolver.Resolve(SummitStatusResolver.CuratedStatus(summit.ReferenceId), reports) is not { } status) return false;
        summit.Status = status;
        return true;
    }

    /// <summary>One stored report as the resolver reads it (rows from before the precision was recorded count as dated).</summary>
    public static SummitReport Report(SummitEvidence e) =>
        new(e.Status, e.ReportedUtc, e.ReportedPrecision is not DatePrecision.Unknown);
}
