using System.Text.Json;
using DiplomacyTracker.Evaluation.Peers;

namespace DiplomacyTracker.Bench.Peers;

/// <summary>htmldate's date comparison through <c>ArticleExtractor</c>: HTML only, no URL, the page's local day.</summary>
internal static class DateSuite
{
    public static int Run(string suite, string? list)
    {
        var references = JsonSerializer.Deserialize<Dictionary<string, DateReference>>(File.ReadAllText(Path.Combine(suite, "dates.json")))!;
        // The pages were collected in 2020-2021; a fetch time after the newest reference keeps "no date after the fetch" meaningful.
        var fetchedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var results = references.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => DateSuiteScorer.Score(r.Key, SuiteFiles.ReadPage(suite, r.Key), r.Value.Date is { } d ? DateOnly.Parse(d) : null, fetchedAt))
            .ToList();
        Console.WriteLine($"htmldate suite: {suite}");
        Console.WriteLine($"all         {DateSuiteFigures.Of(results)}");
        Console.WriteLine($"development {DateSuiteFigures.Of(results.Where(r => !SuiteFiles.IsValidation(r.Id)))}");
        Console.WriteLine($"validation  {DateSuiteFigures.Of(results.Where(r => SuiteFiles.IsValidation(r.Id)))}");
        Console.WriteLine("by source (correct/all): " + string.Join(", ", results.Where(r => r.Source is not null).GroupBy(r => r.Source!)
            .OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count(r => r.Outcome == DateOutcome.Correct)}/{g.Count()}")));
        if (list is not null)
            foreach (var r in results.Where(r => !SuiteFiles.IsValidation(r.Id) && Listed(r.Outcome, list)))
                Console.WriteLine($"{r.Outcome,-7} {r.Id} expected={r.Expected?.ToString("yyyy-MM-dd") ?? "-"} found={r.Found?.ToString("yyyy-MM-dd") ?? "-"} ({r.Source}){(r.ArticleFound ? "" : " [no article]")} {references[r.Id].Url}");
        return 0;
    }

    private static bool Listed(DateOutcome outcome, string list) =>
        list == "all" || (list == "errors" && outcome != DateOutcome.Correct) || string.Equals(outcome.ToString(), list, StringComparison.OrdinalIgnoreCase);

    private sealed record DateReference(
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string? Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("date")] string? Date);
}
