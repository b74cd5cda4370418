using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DiplomacyTracker.Web.Feeds;

/// <summary>
/// GET /calendar/summits.ics: planned and held summits as an iCalendar (RFC 5545) feed to subscribe to. A summit known
/// to the day is an all-day event over its days (KST calendar days); one known to the minute starts then. Summits known
/// only to the month or year are left out: a calendar has no way to say "some day in October".
/// </summary>
public static class SummitCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static async Task<IResult> GetAsync(HttpContext http, SummitCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        var origin = ExportEndpoints.Origin(http.Request);
        var now = clock.GetUtcNow();
        var calendar = new Calendar { ProductId = "-//DiplomacyTracker//Summits//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Korea summits (DiplomacyTracker)");
        foreach (var s in await catalog.GetAsync(ct))
            if (s.Status is SummitStatus.Planned or SummitStatus.Held && ToEvent(s, origin, now) is { } e) calendar.Events.Add(e);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        http.Response.Headers.CacheControl = "public, max-age=10";
        return Results.Text(text, ContentType);
    }

    private static CalendarEvent? ToEvent(SummitCard s, string origin, DateTimeOffset now)
    {
        if (s.Start is not { Precision: DatePrecision.Day or DatePrecision.Time } start) return null;
        var overdue = s.OverdueAt(now);
        var e = new CalendarEvent
        {
            Uid = $"summit-{s.Id}@diplomacytracker",
            Summary = s.Status == SummitStatus.Held ? s.Title : $"{s.Title} ({(overdue ? "planned, overdue — no report yet" : "planned")})",
            Location = s.Location,
            Url = new Uri($"{origin}/Summits/{s.Id}"),
            Status = s.Status == SummitStatus.Held ? EventStatus.Confirmed : overdue ? EventStatus.Tentative : EventStatus.Confirmed,
            Description = $"{s.Status}. {Display.Range(s.Start, s.End)}." + (s.Participants.Count > 0 ? " With " + string.Join(", ", s.Participants.Select(p => p.Name)) + "." : "")
                + (string.IsNullOrWhiteSpace(s.Outcome) ? "" : " Outcome: " + s.Outcome) + $" {origin}/Summits/{s.Id}",
            DtStamp = new CalDateTime(s.UpdatedUtc ?? now.UtcDateTime, "UTC"),
        };
        if (start.Precision == DatePrecision.Time)
        {
            e.DtStart = new CalDateTime(start.EarliestUtc, "UTC");
            if (s.End is { Precision: DatePrecision.Time } end && end.EarliestUtc > start.EarliestUtc) e.DtEnd = new CalDateTime(end.EarliestUtc, "UTC");
            return e;
        }
        var first = Display.KstDay(start.EarliestUtc);
        var last = s.End is { Precision: DatePrecision.Day or DatePrecision.Time } endDay ? Display.KstDay(endDay.LatestUtc.AddTicks(-1)) : first;
        e.DtStart = new CalDateTime(first);
        e.DtEnd = new CalDateTime((last < first ? first : last).AddDays(1)); // all-day events end the day after (exclusive)
        return e;
    }
}
