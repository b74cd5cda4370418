using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;

namespace DiplomacyTracker.Web.Feeds;

/// <summary>
/// CSV and JSON downloads of any statement search (the search page's query string) and of the summit list, for a
/// spreadsheet or a script: every matching row up to <see cref="MaxRows"/>, newest first, with permalinks.
/// </summary>
public static class ExportEndpoints
{
    public const int MaxRows = 10_000;
    private const int Batch = 500;

    public static IEndpointRouteBuilder MapTrackerExports(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/export").CacheOutput(ReadingPageCache.PolicyName).ExcludeFromDescription();
        export.MapGet("/statements.{format:regex(^(csv|json)$)}", StatementsAsync);
        export.MapGet("/summits.{format:regex(^(csv|json)$)}", SummitsAsync);
        return app;
    }

    /// <summary>One statement as a download row.</summary>
    public sealed record StatementRow(int Id, string Said, string Speaker, string SpeakerSlug, string SpeakerText, string Role, string Text,
        int ArticleId, string ArticleTitle, string Permalink);

    /// <summary>One summit as a download row.</summary>
    public sealed record SummitRow(int Id, string Title, string Status, bool Overdue, string Start, string End, string Location,
        string Participants, string Countries, string Outcome, string Permalink);

    private static async Task<IResult> StatementsAsync(HttpContext http, StatementFinder finder, string format, string? speaker, string? q, string? country,
        string? from, string? to, string? sort, CancellationToken ct)
    {
        var filter = new StatementFilter(speaker, q, country, from, to, sort);
        var rows = new List<StatementRow>();
        var origin = Origin(http.Request);
        for (var offset = 0; offset < MaxRows; offset += Batch)
        {
            var found = await finder.FindAsync(filter, offset, Batch, ct);
            if (found.Problems.Count > 0) return Results.BadRequest(string.Join(" ", found.Problems));
            if (found.SpeakerChoices.Count > 0)
                return Results.BadRequest($"“{speaker}” matches several officials: " + string.Join(", ", found.SpeakerChoices.Select(c => $"{c.Slug} ({c.Name})")));
            rows.AddRange(found.Cards.Select(c => new StatementRow(c.Id, c.SaidOn?.ToIsoString() ?? "", c.SpeakerName ?? "", c.SpeakerSlug ?? "",
                c.SpeakerText ?? "", c.Role ?? "", c.Text, c.ArticleId, c.ArticleTitle, $"{origin}/Statements/{c.Id}")));
            if (!found.HasMore) break;
        }
        return Download(http, "statements", format, rows);
    }

    private static async Task<IResult> SummitsAsync(HttpContext http, SummitCatalog catalog, SpeakerLookup speakers, TimeProvider clock, string format,
        SummitStatus? status, string? actor, string? country, string? from, string? to, CancellationToken ct)
    {
        int? actorId = null;
        if (!string.IsNullOrWhiteSpace(actor) && (actorId = (await speakers.MatchAsync(actor, ct)).Single?.Id) is null)
            return Results.BadRequest($"No single actor is known as “{actor}”.");
        if (!FuzzyDateInput.TryParse(from, out var f) || !FuzzyDateInput.TryParse(to, out var t))
            return Results.BadRequest("from and to are dates: 2025, 2025-10 or 2025-10-18.");
        var now = clock.GetUtcNow();
        var origin = Origin(http.Request);
        var rows = SummitCatalog.Filter(await catalog.GetAsync(ct), actorId, country, status, f?.EarliestUtc, t?.LatestUtc).Take(MaxRows)
            .Select(s => new SummitRow(s.Id, s.Title, s.Status.ToString().ToLowerInvariant(), s.OverdueAt(now), s.Start?.ToIsoString() ?? "",
                s.End?.ToIsoString() ?? "", s.Location ?? "", string.Join("; ", s.Participants.Select(p => p.Name)), s.CountryPair ?? "",
                s.Outcome ?? "", $"{origin}/Summits/{s.Id}")).ToList();
        return Download(http, "summits", format, rows);
    }

    private static IResult Download<T>(HttpContext http, string name, string format, List<T> rows)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"diplomacytracker-{name}.{format}\"";
        http.Response.Headers.CacheControl = "public, max-age=10";
        if (format == "json")
            return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(rows, JsonSerializerOptions.Web), "application/json; charset=utf-8");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Cells starting with = + - @ are escaped, so a spreadsheet never runs a statement as a formula.
        var config = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape };
        using (var csv = new CsvWriter(text, config)) csv.WriteRecords(rows);
        // A byte-order mark so spreadsheet programs read the Hangul as UTF-8.
        return Results.Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8");
    }

    /// <summary>"http://host:port" of this request, for absolute permalinks in downloads and feeds.</summary>
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
