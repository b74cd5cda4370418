using System.Diagnostics;
using System.Globalization;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>
/// `evaluate-analysis --set ../shared/corpus/real-en`: the figures of score_statements.py (same lines, same counting rule)
/// computed in-process in seconds, then speaker precision and precision per sieve for statements and summits.
/// `--range 01-39` scores only those articles; `--verbose` lists misses and extras as the script does; `--predictions` prints every prediction (to diff two versions).
/// </summary>
internal sealed class CorpusEvaluation(TextWriter output)
{
    public void Run(string directory, CliArgs args, CancellationToken ct)
    {
        IReadOnlyList<CorpusArticle> articles;
        try
        {
            articles = CorpusArticle.LoadSet(directory);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new CliException($"cannot load the corpus: {e.Message}");
        }
        if (args.Get("range") is { } range)
        {
            var parts = range.Split('-');
            if (parts.Length != 2 || parts.Any(p => p.Length == 0)) throw new CliException($"--range expects NN-NN, got '{range}'");
            articles = articles.Where(a => string.CompareOrdinal(a.Key, parts[0].PadLeft(2, '0')) >= 0 && string.CompareOrdinal(a.Key, parts[1].PadLeft(2, '0')) <= 0).ToList();
        }
        if (articles.Count == 0) throw new CliException($"no annotated articles in '{directory}'");
        var catalog = ActorCatalog.FromEmbeddedReference();
        var watch = Stopwatch.StartNew();
        var scores = new List<CorpusArticleScore>();
        foreach (var article in articles)
        {
            ct.ThrowIfCancellationRequested();
            var score = CorpusRunner.Score(article, CorpusRunner.Predict(article, catalog));
            scores.Add(score);
            WriteArticle(score, args.Has("verbose"), args.Has("predictions"));
        }
        var report = new CorpusReport(scores);
        WriteTotals(report);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({articles.Count} articles in {watch.Elapsed.TotalSeconds:0.0} s)"));
    }

    private void WriteArticle(CorpusArticleScore a, bool verbose, bool all)
    {
        var name = $"gold_{a.Article.Key}.json";
        if (a.Error is not null) output.WriteLine($"{name}: analyze failed: {a.Error}");
        foreach (var f in a.Failures) output.WriteLine($"{name}: sieve {f.Sieve} failed: {f.ExceptionType}: {f.Message}");
        if (all)
        {
            // Every prediction in full, for diffing two versions of the analysis.
            for (var i = 0; i < a.Statements.Count; i++)
            {
                var s = a.Statements[i];
                output.WriteLine($"  said {(a.StatementMatched[i] ? "+" : "-")} {s.Speaker} ({s.SaidOn}) [{s.Sieve}]: {s.Text}");
            }
            for (var i = 0; i < a.Summits.Count; i++)
            {
                var s = a.Summits[i];
                output.WriteLine($"  summit {(a.SummitCorrect[i] ? "+" : "-")} {string.Join(" + ", s.Participants)} | {s.Location} | {s.Start} | {s.Status} [{s.Sieve}]");
            }
        }
        if (verbose)
        {
            foreach (var m in a.Missed) output.WriteLine($"  missed {m.Speaker}: {Cut(m.Text, 90)}");
            for (var i = 0; i < a.Statements.Count; i++)
                if (!a.StatementMatched[i])
                    output.WriteLine($"  extra  {a.Statements[i].Speaker}: {Cut(a.Statements[i].Text, 90)}  [{a.Statements[i].Sieve}]{(a.TextMatched[i] && !a.SpeakerRight[i] ? "  WRONG SPEAKER" : "")}");
            for (var i = 0; i < a.Summits.Count; i++)
                if (!a.SummitCorrect[i])
                {
                    var s = a.Summits[i];
                    output.WriteLine($"  summit extra  {string.Join(" + ", s.Participants)} | {s.Location} | {s.Start} | {s.Status}  [{s.Sieve}]");
                }
            foreach (var g in a.Article.Summits.Where(g => !a.Summits.Any(p => CorpusMatching.SummitMatches(p, g))))
                output.WriteLine($"  summit missed {string.Join(" + ", g.Participants)} | {g.Location} | {g.Start} | {g.Status}");
        }
        output.WriteLine($"{name}: statements gold={a.Article.Statements.Count} predicted={a.Statements.Count} matched={a.Matched}; summits gold={a.Article.Summits.Count} found={a.SummitsFound} predicted={a.Summits.Count}");
    }

    private void WriteTotals(CorpusReport r)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"summits gold={r.GoldSummits} found={r.FoundSummits} predicted={r.PredictedSummits} recall={(r.GoldSummits == 0 ? 0 : r.SummitRecall):0.000}"));
        output.WriteLine(string.Create(inv, $"statements gold={r.GoldStatements} predicted={r.PredictedStatements} matched={r.MatchedStatements} precision={r.Precision:0.000} recall={r.Recall:0.000} F1={r.F1:0.000}"));
        output.WriteLine(string.Create(inv, $"speaker precision {r.SpeakerPrecision:0.000} ({r.SpeakerRight} of {r.TextMatched} predictions covering an annotated text); failed articles {r.Failed}; sieve failures {r.SieveFailures}"));
        output.WriteLine("precision per statement sieve (predicted, matched):");
        foreach (var s in r.StatementSieves)
            output.WriteLine(string.Create(inv, $"  {(s.Sieve.Length == 0 ? "(none)" : s.Sieve),-40} {s.Predicted,4} {s.Correct,4}  {s.Precision:0.000}"));
        output.WriteLine("precision per summit sieve (predicted, matching an annotated summit):");
        foreach (var s in r.SummitSieves)
            output.WriteLine(string.Create(inv, $"  {(s.Sieve.Length == 0 ? "(none)" : s.Sieve),-40} {s.Predicted,4} {s.Correct,4}  {s.Precision:0.000}"));
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
