using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;
using Xunit.Abstractions;

namespace DiplomacyTracker.Tests.Scratch;

public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_FILE");
        if (path is null) return;
        var text = File.ReadAllText(path);
        var day = DateOnly.Parse(Environment.GetEnvironmentVariable("DUMP_DAY") ?? "2025-01-01");
        var doc = DocumentBuilder.Build(new ArticleText("t", text, FuzzyDate.FromDay(day, FuzzyDate.Seoul), null), ActorCatalog.FromEmbeddedReference(), []);
        foreach (var m in doc.Mentions) output.WriteLine($"M {text[m.TitleStart..m.End]} [{string.Join(",", m.Candidates.Select(c => c.Key))}] {m.Form} notSubj={m.NotSubject}");
        foreach (var d in doc.Discovered) output.WriteLine($"D {d.Actor.Name} role={d.Role}");
        var ctx = new EnglishStatementContext(doc);
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            output.WriteLine($"S{n}: {doc.SentenceText(n)[..Math.Min(120, doc.SentenceText(n).Length)]}");
            foreach (var r in ctx.Reports[n])
                output.WriteLine($"   R cue={doc.Tokens[r.Cue].Norm} subj={(r.Subject.Mention is { } m ? text[m.TitleStart..m.End] : r.Subject.Pronoun)} form={r.Words.Form} words={text[r.Words.Start..r.Words.End][..Math.Min(80, r.Words.End - r.Words.Start)]}");
        }
        var result = ArticleAnalyzer.Analyze(new ArticleText("t", text, FuzzyDate.FromDay(day, FuzzyDate.Seoul), null), ActorCatalog.FromEmbeddedReference(), true);
        foreach (var s in result.Statements) output.WriteLine($"=> {s.SpeakerName} [{s.Sieve}] {s.Text}");
        foreach (var f in result.Failures) output.WriteLine($"!! {f.Sieve} {f.Message}");
    }
}
