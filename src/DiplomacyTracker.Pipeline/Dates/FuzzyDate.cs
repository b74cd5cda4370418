using System.Globalization;

namespace DiplomacyTracker.Dates;

/// <summary>
/// A date as precise as its source: the earliest and latest UTC instants it can mean, its precision,
/// and the UTC offset it was written in (for display). Imprecise dates sort by their earliest instant
/// and filter by overlap.
/// </summary>
public readonly record struct FuzzyDate(DateTime EarliestUtc, DateTime LatestUtc, DatePrecision Precision, int OffsetMinutes)
{
    public static TimeZoneInfo Seoul { get; } = FindZone("Asia/Seoul");

    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>An exact instant (a publication time with its zone).</summary>
    public static FuzzyDate FromInstant(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new FuzzyDate(utc, utc, DatePrecision.Time, (int)instant.Offset.TotalMinutes);
    }

    /// <summary>A whole local day in <paramref name="zone"/>.</summary>
    public static FuzzyDate FromDay(DateOnly day, TimeZoneInfo zone) =>
        Range(day.ToDateTime(TimeOnly.MinValue), day.AddDays(1).ToDateTime(TimeOnly.MinValue), DatePrecision.Day, zone);

    /// <summary>A whole local month in <paramref name="zone"/>.</summary>
    public static FuzzyDate FromMonth(int year, int month, TimeZoneInfo zone)
    {
        var first = new DateTime(year, month, 1);
        return Range(first, first.AddMonths(1), DatePrecision.Month, zone);
    }

    /// <summary>A whole local year in <paramref name="zone"/>.</summary>
    public static FuzzyDate FromYear(int year, TimeZoneInfo zone)
    {
        var first = new DateTime(year, 1, 1);
        return Range(first, first.AddYears(1), DatePrecision.Year, zone);
    }

    /// <summary>Local days <paramref name="first"/> to <paramref name="last"/> inclusive, at day precision.</summary>
    public static FuzzyDate FromDays(DateOnly first, DateOnly last, TimeZoneInfo zone) =>
        Range(first.ToDateTime(TimeOnly.MinValue), last.AddDays(1).ToDateTime(TimeOnly.MinValue), DatePrecision.Day, zone);

    private static FuzzyDate Range(DateTime localStart, DateTime localEndExclusive, DatePrecision precision, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(localStart);
        var start = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localStart, DateTimeKind.Unspecified), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localEndExclusive, DateTimeKind.Unspecified), zone).AddTicks(-1);
        return new FuzzyDate(start, end, precision, (int)offset.TotalMinutes);
    }

    /// <summary>The earliest instant, in the zone it was written in.</summary>
    public DateTimeOffset LocalEarliest =>
        new DateTimeOffset(DateTime.SpecifyKind(EarliestUtc, DateTimeKind.Unspecified), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(OffsetMinutes));

    /// <summary>The local calendar day of the earliest instant (the day a day-precision date names).</summary>
    public DateOnly LocalDay => DateOnly.FromDateTime(LocalEarliest.DateTime);

    /// <summary>True when the two dates can mean the same moment.</summary>
    public bool Overlaps(FuzzyDate other) => IsKnown && other.IsKnown && EarliestUtc <= other.LatestUtc && other.EarliestUtc <= LatestUtc;

    /// <summary>ISO-style text at the date's own precision: "2025", "2025-10", "2025-10-31", "2025-10-18T10:00+09:00".</summary>
    public string ToIsoString()
    {
        var local = LocalEarliest;
        return Precision switch
        {
            DatePrecision.Year => local.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Day => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Time => local.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture),
            _ => "",
        };
    }

    /// <summary>Text for people, at the date's own precision: "2025", "Oct 2025", "31 Oct 2025", "18 Oct 2025 10:00".</summary>
    public string ToDisplayString()
    {
        var local = LocalEarliest;
        return Precision switch
        {
            DatePrecision.Year => local.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => local.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Day => local.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Time => local.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
            _ => "date unknown",
        };
    }

    public override string ToString() => ToIsoString();

    /// <summary>Finds a zone by IANA id, falling back to Windows ids and then to UTC.</summary>
    public static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        if (TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out var win) && TimeZoneInfo.TryFindSystemTimeZoneById(win, out zone)) return zone;
        return id is "Asia/Seoul" or "KST" ? TimeZoneInfo.CreateCustomTimeZone("KST", TimeSpan.FromHours(9), "Korea Standard Time", "KST") : TimeZoneInfo.Utc;
    }
}

/// <summary>How the store keeps a <see cref="FuzzyDate"/> in four columns (earliest, latest, precision, offset) and reads it back.</summary>
public static class FuzzyDateColumns
{
    public static FuzzyDate? Read(DateTime? earliest, DateTime? latest, DatePrecision precision, int offsetMinutes) =>
        earliest is { } start && precision != DatePrecision.Unknown
            ? new FuzzyDate(start, latest ?? start, precision, offsetMinutes)
            : null;

    public static (DateTime? Earliest, DateTime? Latest, DatePrecision Precision, int OffsetMinutes) Write(FuzzyDate? date) =>
        (date?.EarliestUtc, date?.LatestUtc, date?.Precision ?? DatePrecision.Unknown, date?.OffsetMinutes ?? 0);
}
