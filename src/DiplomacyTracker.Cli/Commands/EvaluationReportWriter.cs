using System.Globalization;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>Prints an evaluation report as text: one line per article with its misses, then the totals.</summary>
internal sealed class EvaluationReportWriter(TextWriter output)
{
    public void WriteArticles(EvaluationReport report)
    {
        output.WriteLine("article                                    rel  stmt pred/ann/match  spk-ok/txt  unattr  summits found/ann");
        foreach (var a in report.Articles)
        {
            var s = a.Statements;
            var rel = (a.LabelledRelevant ? "Y" : "N") + (a.PredictedRelevant ? "Y" : "N");
            var error = a.Error is null ? "" : "  ERROR " + a.Error;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Truncate(a.Id, 42),-42} {rel,-4} {s.Predicted,4}/{s.Annotated,3}/{s.Matched,3}        {s.SpeakerCorrect,3}/{s.TextMatched,-3}   {s.UnattributedViolations,5}   {a.Summits.Found,3}/{a.Summits.Annotated}{error}"));
            foreach (var m in a.Matching.Missed) output.WriteLine($"    missed     {m.Speaker}: {Truncate(m.Text, 100)}");
            foreach (var u in a.Matching.Unmatched) output.WriteLine($"    unmatched  {u.SpeakerName} [{u.SpeakerKey}]: {Truncate(u.Text, 100)}");
            foreach (var v in a.Matching.Violations) output.WriteLine($"    VIOLATION  {v.SpeakerName} [{v.SpeakerKey}]: {Truncate(v.Text, 100)}");
            foreach (var m in a.SummitMatching.Missed)
                output.WriteLine($"    summit missed     {string.Join(" + ", m.Participants)} | {m.Location} | {m.Start} | {m.Status}");
            foreach (var u in a.SummitMatching.Unmatched)
                output.WriteLine($"    summit unmatched  {string.Join(" + ", u.ParticipantKeys)} | {u.Location} | {u.Start?.LocalDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} | {u.Status}");
        }
        output.WriteLine();
    }

    public void WriteTotals(EvaluationSet set, EvaluationReport report)
    {
        var s = report.Statements;
        var r = report.Relevance;
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"articles               {set.Articles.Count} annotated, {set.RelevanceSamples.Count} relevance items"));
        output.WriteLine(string.Create(inv, $"statements             predicted {s.Predicted}, annotated {s.Annotated}, matched {s.Matched}"));
        output.WriteLine(string.Create(inv, $"precision              {s.Precision:0.000}"));
        output.WriteLine(string.Create(inv, $"recall                 {s.Recall:0.000}"));
        output.WriteLine(string.Create(inv, $"F1                     {s.F1:0.000}"));
        output.WriteLine(s.TextMatched == 0
            ? "speaker precision      n/a (no predicted statement matched an annotated text)"
            : string.Create(inv, $"speaker precision      {s.SpeakerPrecision:0.000} ({s.SpeakerCorrect} of {s.TextMatched} text-matched)"));
        output.WriteLine(string.Create(inv, $"unattributed violated  {s.UnattributedViolations}"));
        output.WriteLine(string.Create(inv, $"summits                found {report.Summits.Found} of {report.Summits.Annotated} (predicted {report.Summits.Predicted})"));
        output.WriteLine(string.Create(inv, $"relevance accuracy     {r.Accuracy:0.000} over {r.Total}"));
        output.WriteLine(string.Create(inv, $"relevant recall        {r.RelevantRecall:0.000} ({r.RelevantDropped} relevant dropped)"));
        output.WriteLine(string.Create(inv, $"irrelevant precision   {r.IrrelevantPrecision:0.000}"));
        var errors = report.Articles.Count(a => a.Error is not null);
        if (errors > 0) output.WriteLine(string.Create(inv, $"analyzer errors        {errors} (run with --per-article)"));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
