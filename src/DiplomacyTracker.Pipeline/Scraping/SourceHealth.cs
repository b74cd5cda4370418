using DiplomacyTracker.Data.Entities;

namespace DiplomacyTracker.Scraping;

/// <summary>What a user types to add or edit a source (CLI `sources add`, web Sources page).</summary>
public sealed record SourceInput(string Url, string? Name = null, SourceKind Kind = SourceKind.Feed, string? LinkSelector = null,
    string? ContentSelector = null, string? TimeZone = null, int? IntervalMinutes = null);

/// <summary>A source as the Sources page and `sources list` show it: identity, schedule and health in one row.</summary>
public sealed record SourceHealth(int Id, string Name, string Url, SourceKind Kind, bool Paused, int IntervalMinutes,
    string TimeZone, string? LinkSelector, string? ContentSelector,
    DateTime? LastAttemptUtc, DateTime? LastSuccessUtc, int ItemsSeen, int ItemsNew, int ItemsDuplicate,
    int ItemsIrrelevant, int ItemsFailed, string? LastError, DateTime NextCheckUtc, int ConsecutiveFailures, bool ScrapeRequested)
{
    /// <summary>"paused", "never run", "failing (n)" or "ok".</summary>
    public string Status => Paused ? "paused"
        : ConsecutiveFailures > 0 ? $"failing ({ConsecutiveFailures})"
        : LastAttemptUtc is null ? "never run"
        : "ok";

    internal static SourceHealth From(Source s) => new(s.Id, s.Name, s.Url, s.Kind, s.IsPaused, s.IntervalMinutes, s.TimeZone,
        s.LinkSelector, s.ContentSelector, s.LastAttemptUtc, s.LastSuccessUtc, s.ItemsSeen, s.ItemsNew, s.ItemsDuplicate,
        s.ItemsIrrelevant, s.ItemsFailed, s.LastError, s.NextCheckUtc, s.ConsecutiveFailures, s.ScrapeRequestedUtc is not null);
}

/// <summary>Bad source input (unusable URL, duplicate URL, unknown time zone, invalid selector): the message is one clear line.</summary>
public sealed class SourceInputException(string message) : Exception(message);
