using System.Globalization;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace DiplomacyTracker.Web.Pages.Charts;

/// <summary>
/// Charts where people would rather look than read: statements per month for a search or an official (who talks more
/// about what, and when) and summits per year by country pair; every year from the first to the last on the axis.
/// </summary>
[OutputCache(PolicyName = Infrastructure.ReadingPageCache.PolicyName)]
public sealed class IndexModel(StatementFinder finder, SummitCatalog catalog) : PageModel
{
    public const int TopPairs = 5;

    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public StatementFilter Filter => new(Speaker, Q, Country, From, To);
    public StatementFindings? Findings { get; private set; }
    public List<ChartBar> StatementMonths { get; private set; } = [];
    public List<ChartBar> StatementYears { get; private set; } = [];
    public int StatementTotal { get; private set; }
    public List<ChartBar> SummitYears { get; private set; } = [];
    public List<string> Pairs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (findings, months) = await finder.MonthlyAsync(Filter, ct);
        Findings = findings;
        StatementTotal = months.Sum(m => m.Count);
        if (months.Count > 0)
        {
            var counts = months.ToDictionary(m => m.Month, m => m.Count);
            int Year(string m) => int.Parse(m[..4], CultureInfo.InvariantCulture);
            var (first, last) = (Year(months[0].Month), Year(months[^1].Month));
            for (var y = first; y <= last; y++) // every year on the axis, empty ones too
            {
                for (var m = 1; m <= 12; m++)
                {
                    var key = $"{y:D4}-{m:D2}";
                    StatementMonths.Add(new ChartBar(key, m == 1 ? y.ToString(CultureInfo.InvariantCulture) : null, [counts.GetValueOrDefault(key)]));
                }
                StatementYears.Add(new ChartBar(y.ToString(CultureInfo.InvariantCulture), null, [months.Where(x => Year(x.Month) == y).Sum(x => x.Count)]));
            }
        }
        var dated = (await catalog.GetAsync(ct)).Where(s => s.Start is not null).ToList();
        Pairs = dated.GroupBy(s => s.CountryPair ?? "other").Where(g => g.Key != "other").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopPairs).Select(g => g.Key).ToList();
        var series = Pairs.Append("other pairs").ToList();
        if (dated.Count > 0)
        {
            var years = dated.Select(s => Infrastructure.Display.KstDay(s.Start!.Value.EarliestUtc).Year).ToList();
            for (var y = years.Min(); y <= years.Max(); y++)
            {
                var inYear = dated.Where(s => Infrastructure.Display.KstDay(s.Start!.Value.EarliestUtc).Year == y).ToList();
                var values = series.Select((p, i) => i < Pairs.Count ? inYear.Count(s => s.CountryPair == p) : inYear.Count(s => !Pairs.Contains(s.CountryPair ?? "other"))).ToArray();
                SummitYears.Add(new ChartBar(y.ToString(CultureInfo.InvariantCulture), y % 5 == 0 || y == years.Min() || y == years.Max() ? y.ToString(CultureInfo.InvariantCulture) : null, values));
            }
        }
        Pairs = series;
    }

    public string Describe()
    {
        var parts = new List<string>();
        if (Findings?.Speaker is { } s) parts.Add($"by {s.Name}");
        if (!string.IsNullOrWhiteSpace(Q)) parts.Add($"with “{Q}”");
        if (!string.IsNullOrWhiteSpace(Country)) parts.Add($"by {Country.ToUpperInvariant()} officials");
        if (!string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To)) parts.Add($"from {From ?? "the start"} to {To ?? "now"}");
        return parts.Count == 0 ? "All statements" : "Statements " + string.Join(" ", parts);
    }
}
