using System.Globalization;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>How times and dates are shown: instants in KST with the zone named; dates keep their precision.</summary>
public static class Display
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>"18 Oct 2025 10:00 KST".</summary>
    public static string Kst(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FuzzyDate.Seoul).ToString("d MMM yyyy HH:mm", Inv) + " KST";

    public static string Kst(DateTime? utc) => utc is { } u ? Kst(u) : "—";

    /// <summary>"Oct 2025", "31 Oct 2025", "18 Oct 2025 10:00 KST"; "date unknown" when unknown.</summary>
    public static string Date(FuzzyDate? date) => date switch
    {
        null => "date unknown",
        { Precision: DatePrecision.Time } d => Kst(d.EarliestUtc),
        { } d => d.ToDisplayString(),
    };

    /// <summary>A start–end pair: one date when they name the same day/month/year.</summary>
    public static string Range(FuzzyDate? start, FuzzyDate? end)
    {
        if (start is null) return "date unknown";
        if (end is null || end.Value.ToDisplayString() == start.Value.ToDisplayString()) return Date(start);
        return $"{Date(start)} – {Date(end)}";
    }

    /// <summary>ISO text for &lt;time datetime&gt;.</summary>
    public static string Iso(FuzzyDate? date) => date?.ToIsoString() ?? "";

    /// <summary>The KST month heading a timeline group: "October 2025".</summary>
    public static string Month(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FuzzyDate.Seoul).ToString("MMMM yyyy", Inv);

    /// <summary>The KST calendar day of an instant (for "the role they held that day").</summary>
    public static DateOnly KstDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FuzzyDate.Seoul));
}
