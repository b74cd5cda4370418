using System.Globalization;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`evaluate-analysis`: runs the analysis over the annotated set and prints how close it came to the annotators.</summary>
internal sealed class EvaluateAnalysisCommand : ICliCommand
{
    public const string DefaultDirectory = "tests/DiplomacyTracker.Pipeline.Tests/TestData/Evaluation";

    /// <summary>Where the report goes; tests point it at a StringWriter.</summary>
    internal TextWriter Output { get; init; } = Console.Out;

    public string Name => "evaluate-analysis";

    public string Usage => "evaluate-analysis [<dir>] [--catalog file] [--per-article]   score the analysis against the annotated set (--per-article lists misses)";

    public Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        var dir = args.Positionals.Count > 0 ? args.Positionals[0] : DefaultDirectory;
        if (!Directory.Exists(dir)) throw new CliException($"no evaluation folder at '{dir}'");
        var catalog = args.Get("catalog");
        if (args.Has("catalog") && string.IsNullOrEmpty(catalog)) throw new CliException("--catalog expects a file");
        if (catalog is not null && !File.Exists(catalog)) throw new CliException($"no catalog file at '{catalog}'");

        EvaluationSet set;
        try
        {
            set = EvaluationSet.Load(dir, catalog);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new CliException($"cannot load the evaluation set: {e.Message}");
        }
        if (set.Articles.Count == 0) throw new CliException($"no annotated articles in '{dir}'");

        cancellationToken.ThrowIfCancellationRequested();
        var report = EvaluationRunner.Run(set);
        if (args.Has("per-article")) WriteArticles(report);
        WriteTotals(set, report);
        return Task.FromResult(0);
    }

    private void WriteArticles(EvaluationReport report)
    {
        Output.WriteLine("article                                    rel  stmt pred/ann/match  spk-ok/txt  unattr  summits found/ann");
        foreach (var a in report.Articles)
        {
            var s = a.Statements;
            var rel = (a.LabelledRelevant ? "Y" : "N") + (a.PredictedRelevant ? "Y" : "N");
            var error = a.Error is null ? "" : "  ERROR " + a.Error;
            Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Truncate(a.Id, 42),-42} {rel,-4} {s.Predicted,4}/{s.Annotated,3}/{s.Matched,3}        {s.SpeakerCorrect,3}/{s.TextMatched,-3}   {s.UnattributedViolations,5}   {a.Summits.Found,3}/{a.Summits.Annotated}{error}"));
            foreach (var m in a.Matching.Missed) Output.WriteLine($"    missed     {m.Speaker}: {Truncate(m.Text, 100)}");
            foreach (var u in a.Matching.Unmatched) Output.WriteLine($"    unmatched  {u.SpeakerName} [{u.SpeakerKey}]: {Truncate(u.Text, 100)}");
            foreach (var v in a.Matching.Violations) Output.WriteLine($"    VIOLATION  {v.SpeakerName} [{v.SpeakerKey}]: {Truncate(v.Text, 100)}");
        }
        Output.WriteLine();
    }

    private void WriteTotals(EvaluationSet set, EvaluationReport report)
    {
        var s = report.Statements;
        var r = report.Relevance;
        var inv = CultureInfo.InvariantCulture;
        Output.WriteLine(string.Create(inv, $"articles               {set.Articles.Count} annotated, {set.RelevanceSamples.Count} relevance items"));
        Output.WriteLine(string.Create(inv, $"statements             predicted {s.Predicted}, annotated {s.Annotated}, matched {s.Matched}"));
        Output.WriteLine(string.Create(inv, $"precision              {s.Precision:0.000}"));
        Output.WriteLine(string.Create(inv, $"recall                 {s.Recall:0.000}"));
        Output.WriteLine(string.Create(inv, $"F1                     {s.F1:0.000}"));
        Output.WriteLine(s.TextMatched == 0
            ? "speaker precision      n/a (no predicted statement matched an annotated text)"
            : string.Create(inv, $"speaker precision      {s.SpeakerPrecision:0.000} ({s.SpeakerCorrect} of {s.TextMatched} text-matched)"));
        Output.WriteLine(string.Create(inv, $"unattributed violated  {s.UnattributedViolations}"));
        Output.WriteLine(string.Create(inv, $"summits                found {report.Summits.Found} of {report.Summits.Annotated} (predicted {report.Summits.Predicted})"));
        Output.WriteLine(string.Create(inv, $"relevance accuracy     {r.Accuracy:0.000} over {r.Total}"));
        Output.WriteLine(string.Create(inv, $"relevant recall        {r.RelevantRecall:0.000} ({r.RelevantDropped} relevant dropped)"));
        Output.WriteLine(string.Create(inv, $"irrelevant precision   {r.IrrelevantPrecision:0.000}"));
        var errors = report.Articles.Count(a => a.Error is not null);
        if (errors > 0) Output.WriteLine(string.Create(inv, $"analyzer errors        {errors} (run with --per-article)"));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
