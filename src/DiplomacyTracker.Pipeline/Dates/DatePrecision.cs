namespace DiplomacyTracker.Dates;

/// <summary>How much of a date the source actually gave: news often says only "next month".</summary>
public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Month = 2,
    Day = 3,
    /// <summary>A day and a time of day (publication times, mostly).</summary>
    Time = 4,
}
