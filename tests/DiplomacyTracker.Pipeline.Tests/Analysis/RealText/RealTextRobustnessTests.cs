using System.IO.Compression;
using System.Text;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Evaluation;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>
/// The whole pipeline (extraction, document, every sieve) over every real text the repository holds — the real-news
/// corpora, the 88 pages of the extraction benchmark, the seeds, the golden and evaluation texts — throws nothing and no
/// sieve fails on any of them.
/// </summary>
public sealed class RealTextRobustnessTests
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestData, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestData, path);
            if (relative.StartsWith("Scraping", StringComparison.Ordinal)) continue; // feeds, not articles
            if (path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".html.gz", StringComparison.Ordinal))
                data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Analysis_of_a_real_text_never_fails(string relative)
    {
        var path = Path.Combine(TestData, relative);
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gz.CopyTo(output);
            bytes = output.ToArray();
        }
        var html = path.Contains(".html", StringComparison.Ordinal);
        RawArticle raw;
        if (!html && relative.StartsWith("Corpus", StringComparison.Ordinal) && Path.GetFileName(path).StartsWith("article_", StringComparison.Ordinal))
        {
            var (title, published, body) = CorpusArticle.ReadArticle(Encoding.UTF8.GetString(bytes));
            raw = CorpusRunner.ToRaw(new CorpusArticle("", title, published, body, [], []));
        }
        else
        {
            raw = new RawArticle(bytes, html ? "text/html" : "text/plain; charset=utf-8", null, new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero),
                ArticleOrigin.Imported, TitleOverride: "North Korea summit talks");
        }
        var processed = ArticleProcessor.Process(raw, RealCorpus.Reference, relevanceOverride: true);
        Assert.Empty(processed.Analysis.Failures);
        foreach (var s in processed.Analysis.Statements)
            StatementText.AssertWithin(processed.Text, s);
    }

    [Fact]
    public void The_evaluation_sets_texts_never_fail()
    {
        foreach (var dir in new[] { "", "Held", "Held2", "Held3", "Held4" })
        {
            var set = EvaluationSet.Load(Path.Combine(TestData, "Evaluation", dir));
            foreach (var article in set.Articles)
                Assert.Empty(DiplomacyTracker.Analysis.ArticleAnalyzer.Analyze(article.ToArticleText(), RealCorpus.Reference, true).Failures);
        }
    }
}
