using DiplomacyTracker.Analysis;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;

namespace DiplomacyTracker.Web.Feeds;

/// <summary>
/// Atom feeds an analyst subscribes to in a reader — a statement search, one actor's statements, new and changed
/// summits — and the iCalendar feed of planned and held summits (<see cref="SummitCalendar"/>).
/// </summary>
public static class FeedEndpoints
{
    public const int Entries = 50;

    public static IEndpointRouteBuilder MapTrackerFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("").CacheOutput(ReadingPageCache.PolicyName).ExcludeFromDescription();
        feeds.MapGet("/feeds/statements.atom", (HttpContext http, StatementFinder finder, TimeProvider clock, string? speaker, string? q, string? country,
            CancellationToken ct) => StatementsAsync(http, finder, clock, new StatementFilter(speaker, q, country), null, ct));
        feeds.MapGet("/feeds/actors/{slug}.atom", (HttpContext http, StatementFinder finder, TimeProvider clock, string slug, CancellationToken ct) =>
            StatementsAsync(http, finder, clock, new StatementFilter(slug), slug, ct));
        feeds.MapGet("/feeds/summits.atom", SummitsAsync);
        feeds.MapGet("/calendar/summits.ics", SummitCalendar.GetAsync);
        return app;
    }

    private static async Task<IResult> StatementsAsync(HttpContext http, StatementFinder finder, TimeProvider clock, StatementFilter filter, string? actorSlug, CancellationToken ct)
    {
        var found = await finder.FindAsync(filter, 0, Entries, ct);
        if (found.Problems.Count > 0 || found.SpeakerChoices.Count > 0)
            return actorSlug is not null ? Results.NotFound() : Results.BadRequest(string.Join(" ", found.Problems.DefaultIfEmpty("The speaker matches several officials.")));
        var origin = ExportEndpoints.Origin(http.Request);
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = found.Cards.Select(c =>
        {
            var who = c.SpeakerName ?? c.SpeakerText ?? "Unknown speaker";
            var said = c.SaidOn?.EarliestUtc;
            return new AtomEntry($"{origin}/Statements/{c.Id}", $"{who}: “{Shorten(c.Text, 90)}”", said ?? now, said, who,
                $"{c.Text}\n\n— {who}{(c.Role is null ? "" : ", " + c.Role)}, {Display.Date(c.SaidOn)}, in “{c.ArticleTitle}”.");
        }).ToList();
        var query = filter.QueryString();
        var title = actorSlug is not null && found.Speaker is { } s ? $"Statements by {s.Name}"
            : filter.Any ? $"Statements: {Describe(filter)}" : "Latest statements";
        var self = actorSlug is not null ? $"{origin}/feeds/actors/{Uri.EscapeDataString(actorSlug)}.atom" : $"{origin}/feeds/statements.atom{(query.Length > 0 ? "?" + query : "")}";
        var alternate = actorSlug is not null ? $"{origin}/Actors/{Uri.EscapeDataString(actorSlug)}" : $"{origin}/Statements{(query.Length > 0 ? "?" + query : "")}";
        return Results.Bytes(AtomWriter.Write(self, alternate, title + " · DiplomacyTracker", "Who said what about Korea diplomacy, newest first.", entries, now), AtomWriter.ContentType);
    }

    private static async Task<IResult> SummitsAsync(HttpContext http, SummitCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        var origin = ExportEndpoints.Origin(http.Request);
        var now = clock.GetUtcNow();
        var entries = (await catalog.GetAsync(ct)).OrderByDescending(s => s.UpdatedUtc ?? s.CreatedUtc).ThenByDescending(s => s.Id).Take(Entries)
            .Select(s => new AtomEntry($"{origin}/Summits/{s.Id}", $"{s.Title} — {Status(s, now)}", s.UpdatedUtc ?? s.CreatedUtc ?? now.UtcDateTime, s.CreatedUtc, null,
                $"{s.Title}: {Status(s, now)}. {Display.Range(s.Start, s.End)}{(s.Location is null ? "" : ", " + s.Location)}." +
                (s.Participants.Count > 0 ? " With " + string.Join(", ", s.Participants.Select(p => p.Name)) + "." : "") +
                (string.IsNullOrWhiteSpace(s.Outcome) ? "" : " Outcome: " + s.Outcome),
                [s.Status.ToString().ToLowerInvariant()])).ToList();
        return Results.Bytes(AtomWriter.Write($"{origin}/feeds/summits.atom", $"{origin}/Summits", "New and changed summits · DiplomacyTracker",
            "Korea summits as the news reports them: proposed, planned, held, postponed, cancelled.", entries, now.UtcDateTime), AtomWriter.ContentType);
    }

    private static string Status(SummitCard s, DateTimeOffset now) =>
        s.OverdueAt(now) ? $"{s.Status.ToString().ToLowerInvariant()}, overdue — no report yet" : s.Status.ToString().ToLowerInvariant();

    private static string Describe(StatementFilter f) => string.Join(", ", new[]
    {
        f.Speaker is { Length: > 0 } sp ? $"by {sp}" : null, f.Q is { Length: > 0 } q ? $"“{q}”" : null, f.Country is { Length: > 0 } c ? c.ToUpperInvariant() : null,
    }.OfType<string>());

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > 20 ? cut : max)] + "…";
    }
}
