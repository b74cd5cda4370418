using System.Globalization;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`evaluate-analysis`: runs the analysis over the annotated sets and prints how close it came to the annotators.</summary>
internal sealed class EvaluateAnalysisCommand : ICliCommand
{
    public const string DefaultDirectory = "tests/DiplomacyTracker.Pipeline.Tests/TestData/Evaluation";

    /// <summary>Where the report goes; tests point it at a StringWriter.</summary>
    internal TextWriter Output { get; init; } = Console.Out;

    public string Name => "evaluate-analysis";

    public string Usage => "evaluate-analysis [<dir>] [--set dev|held|held2|held3|held4|both|all|<corpus dir>] [--catalog file] [--per-article] [--verbose] [--predictions] [--range NN-NN]   score the analysis against the annotated sets (--per-article lists misses); a corpus dir (articles/ + summits_gold.json, as ../shared/corpus/real-en) is scored with score_statements.py's rule, in-process, with precision per sieve";

    public Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        if (CorpusDirectory(args) is { } corpus)
        {
            new CorpusEvaluation(Output).Run(corpus, args, cancellationToken);
            return Task.FromResult(0);
        }
        var catalog = args.Get("catalog");
        if (args.Has("catalog") && string.IsNullOrEmpty(catalog)) throw new CliException("--catalog expects a file");
        if (catalog is not null && !File.Exists(catalog)) throw new CliException($"no catalog file at '{catalog}'");
        foreach (var (label, dir) in Folders(args))
        {
            var set = Load(dir, catalog);
            cancellationToken.ThrowIfCancellationRequested();
            var report = EvaluationRunner.Run(set);
            if (label is not null) Output.WriteLine($"== {label} ==");
            if (args.Has("per-article")) new EvaluationReportWriter(Output).WriteArticles(report);
            new EvaluationReportWriter(Output).WriteTotals(set, report);
            if (label is not null) Output.WriteLine();
        }
        return Task.FromResult(0);
    }

    /// <summary>`--set DIR` or a positional DIR laid out as a real-news corpus (articles/gold_NN.json …), else null.</summary>
    private static string? CorpusDirectory(CliArgs args)
    {
        var candidate = args.Get("set") is { } set && set is not ("dev" or "held" or "held2" or "held3" or "held4" or "both" or "all")
            ? set
            : args.Positionals.Count > 0 ? args.Positionals[0] : null;
        if (candidate is null || !Directory.Exists(Path.Combine(candidate, "articles"))) return null;
        return candidate;
    }

    /// <summary>An explicit folder is scored alone; otherwise the development set and, when present, each held-out set
    /// in its own table (figures on text never looked at while tuning stay visible). `both` is dev + the first held-out set.</summary>
    private static List<(string? Label, string Dir)> Folders(CliArgs args)
    {
        var which = args.Get("set") ?? (args.Positionals.Count > 0 ? "dev" : "all");
        if (which is not ("dev" or "held" or "held2" or "held3" or "held4" or "both" or "all"))
            throw new CliException($"--set expects dev, held, held2, held3, held4, both or all, got '{which}'");
        var root = args.Positionals.Count > 0 ? args.Positionals[0] : DefaultDirectory;
        if (!Directory.Exists(root)) throw new CliException($"no evaluation folder at '{root}'");
        var held = Path.Combine(root, EvaluationSet.HeldOutFolderName);
        var held2 = Path.Combine(root, EvaluationSet.SecondHeldOutFolderName);
        var held3 = Path.Combine(root, EvaluationSet.ThirdHeldOutFolderName);
        var held4 = Path.Combine(root, EvaluationSet.FourthHeldOutFolderName);
        if (which == "held" && !Directory.Exists(held)) throw new CliException($"no held-out folder at '{held}'");
        if (which == "held2" && !Directory.Exists(held2)) throw new CliException($"no second held-out folder at '{held2}'");
        var wantHeld = which == "held" || (which is "both" or "all" && Directory.Exists(held));
        if (which == "held3" && !Directory.Exists(held3)) throw new CliException($"no third held-out folder at '{held3}'");
        var wantHeld2 = which == "held2" || (which == "all" && Directory.Exists(held2));
        var wantHeld3 = which == "held3" || (which == "all" && Directory.Exists(held3));
        if (which == "held4" && !Directory.Exists(held4)) throw new CliException($"no fourth held-out folder at '{held4}'");
        var wantHeld4 = which == "held4" || (which == "all" && Directory.Exists(held4));
        var labelled = wantHeld || wantHeld2 || wantHeld3 || wantHeld4;
        var folders = new List<(string? Label, string Dir)>();
        if (which is "dev" or "both" or "all") folders.Add((labelled ? "development set (used while tuning)" : null, root));
        if (wantHeld) folders.Add(("held-out set (blind in round 1, read while tuning round 2)", held));
        if (wantHeld2) folders.Add(("second held-out set (blind in round 2, development data since round 3)", held2));
        if (wantHeld3) folders.Add(("third held-out set (blind in round 3, regression check only in round 4)", held3));
        if (wantHeld4) folders.Add(("fourth held-out set (blind, written 2026-11-22 before round 4)", held4));
        return folders;
    }

    private static EvaluationSet Load(string dir, string? catalog)
    {
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
        return set;
    }
}
