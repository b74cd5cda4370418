using DiplomacyTracker.Bench.Peers;
using DiplomacyTracker.Extraction;

// Other projects' public test suites, run through the library's own API (see docs/extraction.md):
//   dates [DIR] [--list errors|wrong|none|all]   htmldate's dates: correct / wrong / none, accuracy, precision, recall
//   text  [DIR] [--list]                          trafilatura's main text: precision / recall / F1, "no article" count
//   show  FILE                                    what the extractor makes of one page (.html or .html.gz)
// DIR defaults to ../shared/peers/htmldate-dev or ../shared/peers/trafilatura-dev beside the checkout. Figures are
// printed for all pages, for the development four fifths and for the fixed validation fifth.
var command = args.FirstOrDefault() ?? "";
var listAt = Array.IndexOf(args, "--list");
var listValue = listAt >= 0 && listAt + 1 < args.Length && !args[listAt + 1].StartsWith("--", StringComparison.Ordinal)
    && args[listAt + 1] is "errors" or "wrong" or "none" or "correct" or "all" ? args[listAt + 1] : null;
var dir = args.Skip(1).Where((a, i) => i + 1 != listAt + 1 || listValue is null).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
switch (command)
{
    case "dates":
        return DateSuite.Run(SuiteFiles.Locate(dir, "htmldate-dev"), listAt < 0 ? null : listValue ?? "errors");
    case "text":
        return MainTextSuite.Run(SuiteFiles.Locate(dir, "trafilatura-dev"), listAt >= 0);
    case "show" when dir is not null:
        var page = dir.EndsWith(".gz", StringComparison.Ordinal) ? SuiteFiles.ReadPage(Path.GetDirectoryName(Path.GetDirectoryName(dir))!, Path.GetFileName(dir)[..^3]) : File.ReadAllBytes(dir);
        var a = ArticleExtractor.Extract(new PageInput(page));
        Console.WriteLine($"found={a.Found} error={a.Error}\ntitle={a.Title}\npublished={a.Published?.ToIsoString()} ({a.PublishedSource})\n---\n{a.Text}");
        return 0;
    default:
        Console.Error.WriteLine("usage: dates [DIR] [--list errors|wrong|none|all] | text [DIR] [--list] | show FILE");
        return 2;
}
