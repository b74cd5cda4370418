using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacyTracker.Evaluation.Peers;

namespace DiplomacyTracker.Bench.Peers;

/// <summary>trafilatura's main-text evaluation through <c>ArticleExtractor</c>: HTML only, no URL, substring tests.</summary>
internal static class MainTextSuite
{
    public static int Run(string suite, bool list)
    {
        var expected = JsonSerializer.Deserialize<Dictionary<string, Expectation>>(File.ReadAllText(Path.Combine(suite, "expected.json")))!;
        var results = expected.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => MainTextScorer.Score(new MainTextCase(e.Key, e.Value.With ?? [], e.Value.Without ?? []), SuiteFiles.ReadPage(suite, e.Key)))
            .ToList();
        Console.WriteLine($"trafilatura suite: {suite}");
        Console.WriteLine($"all         {MainTextFigures.Of(results)}");
        Console.WriteLine($"development {MainTextFigures.Of(results.Where(r => !SuiteFiles.IsValidation(r.Id)))}");
        Console.WriteLine($"validation  {MainTextFigures.Of(results.Where(r => SuiteFiles.IsValidation(r.Id)))}");
        if (list)
            foreach (var r in results.Where(r => !SuiteFiles.IsValidation(r.Id) && (r.Missed.Count > 0 || r.Leaked.Count > 0 || !r.Found)))
            {
                Console.WriteLine($"{r.Id}{(r.Found ? "" : " [no article]")}");
                foreach (var m in r.Missed) Console.WriteLine($"   missed: {Short(m)}");
                foreach (var l in r.Leaked) Console.WriteLine($"   leaked: {Short(l)}");
            }
        return 0;
    }

    private static string Short(string s) => s.Length > 100 ? s[..100] + "…" : s;

    private sealed record Expectation(
        [property: JsonPropertyName("with")] List<string>? With,
        [property: JsonPropertyName("without")] List<string>? Without);
}
