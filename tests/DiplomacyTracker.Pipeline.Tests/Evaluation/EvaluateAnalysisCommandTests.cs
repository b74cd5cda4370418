using DiplomacyTracker.Cli;
using DiplomacyTracker.Cli.Commands;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Evaluation;

public class EvaluateAnalysisCommandTests
{
    private static async Task<(int Exit, string Output)> Run(params string[] words)
    {
        var output = new StringWriter();
        var command = new EvaluateAnalysisCommand { Output = output };
        var exit = await command.RunAsync(CliArgs.Parse(words, "per-article"), CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task PrintsTotalsForTheAnnotatedSet()
    {
        var set = EvaluationSet.Load(EvaluationSetTests.Folder);
        var annotated = set.Articles.Sum(a => a.Statements.Count);
        var (exit, output) = await Run(EvaluationSetTests.Folder);
        Assert.Equal(0, exit);
        Assert.Contains($"annotated {annotated},", output, StringComparison.Ordinal);
        Assert.Contains("speaker precision", output, StringComparison.Ordinal);
        Assert.Contains("relevant recall", output, StringComparison.Ordinal);
        Assert.DoesNotContain("seed-000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerArticlePrintsOneLinePerArticle()
    {
        var (exit, output) = await Run(EvaluationSetTests.Folder, "--per-article");
        Assert.Equal(0, exit);
        Assert.Contains("seed-000", output, StringComparison.Ordinal);
        Assert.Contains("eval-27-kbo-kim-not-diplomacy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldOutSetIsReportedInItsOwnTable()
    {
        var held = EvaluationSet.Load(EvaluationSetTests.HeldOutFolder);
        var annotated = held.Articles.Sum(a => a.Statements.Count);
        var (exit, output) = await Run(EvaluationSetTests.Folder, "--set", "held", "--per-article");
        Assert.Equal(0, exit);
        Assert.Contains("== held-out set", output, StringComparison.Ordinal);
        Assert.Contains($"annotated {annotated},", output, StringComparison.Ordinal);
        Assert.Contains("held-01-", output, StringComparison.Ordinal);
        Assert.DoesNotContain("eval-01-", output, StringComparison.Ordinal);

        var (_, both) = await Run(EvaluationSetTests.Folder, "--set", "both");
        Assert.True(both.IndexOf("== development set", StringComparison.Ordinal) < both.IndexOf("== held-out set", StringComparison.Ordinal));
        await Assert.ThrowsAsync<CliException>(() => Run(EvaluationSetTests.Folder, "--set", "tuned"));
    }

    [Fact]
    public async Task SecondHeldOutSetIsReportedInItsOwnTable()
    {
        var (exit, output) = await Run(EvaluationSetTests.Folder, "--set", "held2", "--per-article");
        Assert.Equal(0, exit);
        Assert.Contains("== second held-out set", output, StringComparison.Ordinal);
        Assert.Contains("held2-01-", output, StringComparison.Ordinal);
        Assert.DoesNotContain("held-01-", output, StringComparison.Ordinal);

        var (_, all) = await Run(EvaluationSetTests.Folder, "--set", "all");
        var order = new[] { "== development set", "== held-out set", "== second held-out set" }.Select(h => all.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] >= 0 && order[0] < order[1] && order[1] < order[2], all);
        var (_, both) = await Run(EvaluationSetTests.Folder, "--set", "both");
        Assert.DoesNotContain("== second held-out set", both, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirdHeldOutSetIsReportedInItsOwnTableAfterTheSecond()
    {
        var (exit, output) = await Run(EvaluationSetTests.Folder, "--set", "held3", "--per-article");
        Assert.Equal(0, exit);
        Assert.Contains("== third held-out set", output, StringComparison.Ordinal);
        Assert.Contains("held3-01-", output, StringComparison.Ordinal);
        Assert.DoesNotContain("held2-01-", output, StringComparison.Ordinal);

        var (_, all) = await Run(EvaluationSetTests.Folder, "--set", "all");
        Assert.True(all.IndexOf("== second held-out set", StringComparison.Ordinal) < all.IndexOf("== third held-out set", StringComparison.Ordinal), all);
        var (_, held2) = await Run(EvaluationSetTests.Folder, "--set", "held2");
        Assert.DoesNotContain("== third held-out set", held2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourthHeldOutSetIsReportedInItsOwnTableAfterTheThird()
    {
        var (exit, output) = await Run(EvaluationSetTests.Folder, "--set", "held4");
        Assert.Equal(0, exit);
        Assert.Contains("== fourth held-out set", output, StringComparison.Ordinal);
        Assert.DoesNotContain("== third held-out set", output, StringComparison.Ordinal);

        var (_, all) = await Run(EvaluationSetTests.Folder, "--set", "all");
        Assert.True(all.IndexOf("== third held-out set", StringComparison.Ordinal) < all.IndexOf("== fourth held-out set", StringComparison.Ordinal), all);
        var (_, held3) = await Run(EvaluationSetTests.Folder, "--set", "held3");
        Assert.DoesNotContain("== fourth held-out set", held3, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogOptionIsUsed()
    {
        var catalog = Path.Combine(EvaluationSetTests.Folder, EvaluationSet.CatalogFileName);
        Assert.Equal(0, (await Run(EvaluationSetTests.Folder, "--catalog", catalog)).Exit);
        await Assert.ThrowsAsync<CliException>(() => Run(EvaluationSetTests.Folder, "--catalog", catalog + ".missing"));
    }

    [Fact]
    public async Task MissingOrEmptyFolderIsACliError()
    {
        await Assert.ThrowsAsync<CliException>(() => Run(Path.Combine(EvaluationSetTests.Folder, "no-such-folder")));
        var empty = Directory.CreateTempSubdirectory("eval-empty");
        try
        {
            File.Copy(Path.Combine(EvaluationSetTests.Folder, EvaluationSet.CatalogFileName), Path.Combine(empty.FullName, EvaluationSet.CatalogFileName));
            await Assert.ThrowsAsync<CliException>(() => Run(empty.FullName));
            File.WriteAllText(Path.Combine(empty.FullName, "broken.json"), "{ not json");
            var error = await Assert.ThrowsAsync<CliException>(() => Run(empty.FullName));
            Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_corpus_folder_is_scored_like_score_statements_py_with_precision_per_sieve()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "Corpus", "real-ko");
        var output = new StringWriter();
        var exit = await new EvaluateAnalysisCommand { Output = output }.RunAsync(CliArgs.Parse(["--set", dir, "--range", "01-03"], "verbose"), CancellationToken.None);
        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Matches(@"gold_01\.json: statements gold=6 predicted=\d+ matched=\d+; summits gold=0 found=0 predicted=\d+", text);
        Assert.DoesNotContain("gold_04.json", text, StringComparison.Ordinal);
        Assert.Matches(@"statements gold=24 predicted=\d+ matched=\d+ precision=\d\.\d{3} recall=\d\.\d{3} F1=\d\.\d{3}", text);
        Assert.Contains("precision per statement sieve", text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CliException>(() => new EvaluateAnalysisCommand { Output = output }.RunAsync(CliArgs.Parse(["--set", dir, "--range", "x"]), CancellationToken.None));
    }
}
