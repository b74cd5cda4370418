using DiplomacyTracker.Analysis;
using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Evaluation;

public class EvaluationSetTests
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Evaluation");

    public static string HeldOutFolder => Path.Combine(Folder, EvaluationSet.HeldOutFolderName);

    private static readonly Lazy<EvaluationSet> Set = new(() => EvaluationSet.Load(Folder));

    public static string SecondHeldOutFolder => Path.Combine(Folder, EvaluationSet.SecondHeldOutFolderName);

    private static readonly Lazy<EvaluationSet> HeldOut = new(() => EvaluationSet.Load(HeldOutFolder));

    private static readonly Lazy<EvaluationSet> SecondHeldOut = new(() => EvaluationSet.Load(SecondHeldOutFolder));

    public static string ThirdHeldOutFolder => Path.Combine(Folder, EvaluationSet.ThirdHeldOutFolderName);

    private static readonly Lazy<EvaluationSet> ThirdHeldOut = new(() => EvaluationSet.Load(ThirdHeldOutFolder));

    public static string FourthHeldOutFolder => Path.Combine(Folder, EvaluationSet.FourthHeldOutFolderName);

    private static readonly Lazy<EvaluationSet> FourthHeldOut = new(() => EvaluationSet.Load(FourthHeldOutFolder));

    private static EvaluationSet Pick(int which) => which switch { 0 => Set.Value, 1 => HeldOut.Value, 2 => SecondHeldOut.Value, 3 => ThirdHeldOut.Value, _ => FourthHeldOut.Value };

    [Theory]
    [InlineData(0, 27)]
    [InlineData(1, 12)]
    [InlineData(2, 8)]
    [InlineData(3, 5)]
    [InlineData(4, 8)]
    public void EvaluationSetIsWellFormed(int which, int minimumArticles)
    {
        var set = Pick(which);
        var problems = new List<string>();
        Assert.True(set.Articles.Count >= minimumArticles, $"only {set.Articles.Count} annotated articles");
        Assert.Equal(set.Articles.Count, set.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(set.CatalogFile.Actors.Count, set.CatalogFile.Actors.Select(a => a.Id).Distinct().Count());

        foreach (var article in set.Articles)
        {
            var where = article.Id;
            if (article.PublishedDate is null) problems.Add($"{where}: published '{article.Published}' does not parse");
            if (article.Language != "en") problems.Add($"{where}: language '{article.Language}'");
            var articleWords = ContentWords.Of(article.Text);
            foreach (var s in article.Statements)
            {
                if (StatementScorer.ResolveKey(s.Speaker, set.Catalog) is null) problems.Add($"{where}: speaker '{s.Speaker}' not (uniquely) in catalog");
                if (s.ParsedKind is not { } kind) { problems.Add($"{where}: kind '{s.Kind}'"); continue; }
                if (ContentWords.Of(s.Text).Count == 0) problems.Add($"{where}: statement without content words '{s.Text}'");
                if (kind == StatementKind.Direct && !OccursInOrder(article.Text, s.Text))
                    problems.Add($"{where}: direct quote not verbatim in text: '{s.Text}'");
                if (kind != StatementKind.Direct && !ContentWords.Of(s.Text).All(articleWords.Contains))
                    problems.Add($"{where}: words of '{s.Text}' not all in text");
            }
            foreach (var u in article.Unattributed)
            {
                if (!article.Text.Contains(u, StringComparison.Ordinal)) problems.Add($"{where}: unattributed sentence not in text: '{u}'");
                foreach (var s in article.Statements.Where(s => StatementScorer.Overlaps(s.Text, u)))
                    problems.Add($"{where}: statement '{s.Text}' lies on unattributed sentence '{u}'");
            }
            foreach (var summit in article.Summits)
            {
                if (summit.ParsedStatus is null) problems.Add($"{where}: summit status '{summit.Status}'");
                if (summit.Start is not null && summit.StartDay is null) problems.Add($"{where}: summit start '{summit.Start}'");
                foreach (var name in summit.Participants)
                    if (StatementScorer.ResolveKey(name, set.Catalog) is null) problems.Add($"{where}: participant '{name}' not (uniquely) in catalog");
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>A quote interrupted by its attribution is annotated as one text with " … " where the attribution was.</summary>
    private static bool OccursInOrder(string text, string quote)
    {
        var from = 0;
        foreach (var segment in quote.Split(" … "))
        {
            var at = text.IndexOf(segment, from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + segment.Length;
        }
        return true;
    }

    [Fact]
    public void RelevanceSetIsBalancedAndHasTheSeeds()
    {
        var samples = Set.Value.RelevanceSamples;
        Assert.True(samples.Count(s => s.Relevant) >= 22);
        Assert.True(samples.Count(s => !s.Relevant) >= 24);
        Assert.All(samples, s => Assert.False(string.IsNullOrWhiteSpace(s.Title) || string.IsNullOrWhiteSpace(s.Text)));
        foreach (var seed in Set.Value.Articles.Where(a => a.Id.StartsWith("seed-", StringComparison.Ordinal)))
            Assert.Contains(samples, s => s.Relevant && s.Title == seed.Title);
        Assert.Contains(samples, s => !s.Relevant && s.Title.Contains("Matterhorn", StringComparison.Ordinal));
    }

    [Fact]
    public void HeldOutSetSharesTheCatalogAndNoArticle()
    {
        Assert.Equal(Set.Value.CatalogFile.Actors.Select(a => a.Id), HeldOut.Value.CatalogFile.Actors.Select(a => a.Id));
        Assert.All(HeldOut.Value.Articles, a => Assert.StartsWith("held-", a.Id, StringComparison.Ordinal));
        Assert.Empty(HeldOut.Value.Articles.Select(a => a.Title).Intersect(Set.Value.Articles.Select(a => a.Title)));
        Assert.DoesNotContain(Set.Value.Articles, a => a.Id.StartsWith("held-", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondHeldOutSetSharesTheCatalogAndNoArticle()
    {
        Assert.Equal(Set.Value.CatalogFile.Actors.Select(a => a.Id), SecondHeldOut.Value.CatalogFile.Actors.Select(a => a.Id));
        Assert.All(SecondHeldOut.Value.Articles, a => Assert.StartsWith("held2-", a.Id, StringComparison.Ordinal));
        var earlier = Set.Value.Articles.Concat(HeldOut.Value.Articles).Select(a => a.Title);
        Assert.Empty(SecondHeldOut.Value.Articles.Select(a => a.Title).Intersect(earlier));
        Assert.DoesNotContain(HeldOut.Value.Articles, a => a.Id.StartsWith("held2-", StringComparison.Ordinal));
    }

    [Fact]
    public void ThirdHeldOutSetSharesTheCatalogAndNoArticle()
    {
        Assert.Equal(Set.Value.CatalogFile.Actors.Select(a => a.Id), ThirdHeldOut.Value.CatalogFile.Actors.Select(a => a.Id));
        Assert.All(ThirdHeldOut.Value.Articles, a => Assert.StartsWith("held3-", a.Id, StringComparison.Ordinal));
        var earlier = Set.Value.Articles.Concat(HeldOut.Value.Articles).Concat(SecondHeldOut.Value.Articles).Select(a => a.Title);
        Assert.Empty(ThirdHeldOut.Value.Articles.Select(a => a.Title).Intersect(earlier));
    }

    [Fact]
    public void FourthHeldOutSetSharesTheCatalogAndNoArticle()
    {
        Assert.Equal(Set.Value.CatalogFile.Actors.Select(a => a.Id), FourthHeldOut.Value.CatalogFile.Actors.Select(a => a.Id));
        Assert.All(FourthHeldOut.Value.Articles, a => Assert.StartsWith("held4-", a.Id, StringComparison.Ordinal));
        var earlier = Set.Value.Articles.Concat(HeldOut.Value.Articles).Concat(SecondHeldOut.Value.Articles)
            .Concat(ThirdHeldOut.Value.Articles).Select(a => a.Title);
        Assert.Empty(FourthHeldOut.Value.Articles.Select(a => a.Title).Intersect(earlier));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnAnalyzerThatReproducesTheAnnotationsScoresPerfectly(int which)
    {
        var set = Pick(which);
        var byTitle = set.Articles.ToDictionary(a => a.Title);
        var report = EvaluationRunner.Run(set, (text, catalog) => ReadBack(byTitle.GetValueOrDefault(text.Title), text, catalog, set));
        Assert.Equal(report.Statements.Annotated, report.Statements.Matched);
        Assert.Equal(report.Statements.Predicted, report.Statements.Matched);
        Assert.Equal(1.0, report.Statements.SpeakerPrecision);
        Assert.Equal(0, report.Statements.UnattributedViolations);
        Assert.Equal(report.Summits.Annotated, report.Summits.Found);
        Assert.Equal(1.0, report.Relevance.Accuracy);
    }

    [Fact]
    public void AnAnalyzerThatThrowsScoresAsFindingNothing()
    {
        var report = EvaluationRunner.Run(Set.Value, (_, _) => throw new InvalidOperationException("boom"));
        Assert.Equal(0, report.Statements.Matched);
        Assert.All(report.Articles, a => Assert.Contains("boom", a.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void AnalysisMeetsTargetsOnEvaluationSet()
    {
        var report = EvaluationRunner.Run(Set.Value);
        Assert.True(report.Statements.F1 >= 0.90, $"statement F1 {report.Statements.F1:0.000}");
        Assert.True(report.Statements.SpeakerPrecision >= 0.95, $"speaker precision {report.Statements.SpeakerPrecision:0.000}");
        Assert.Equal(0, report.Statements.UnattributedViolations);
        Assert.Equal(1.0, report.Relevance.RelevantRecall);
    }

    /// <summary>Turns an article's own annotation back into a result, the way a perfect analyzer would answer.</summary>
    private static AnalysisResult ReadBack(AnnotatedArticle? article, ArticleText text, ActorCatalog catalog, EvaluationSet set)
    {
        if (article is null)
        {
            var relevant = set.RelevanceSamples.First(s => s.Title == text.Title && s.Text == text.Text).Relevant;
            return AnalysisResult.Irrelevant(new RelevanceDecision(relevant, 1, false, []));
        }
        string Key(string name) => catalog.FindByName(name).Single().Key;
        var statements = article.Statements.Select(s =>
        {
            var start = Math.Max(0, article.Text.IndexOf(s.Text.Split(" … ")[0], StringComparison.Ordinal));
            return new FoundStatement(Key(s.Speaker), s.Speaker, null, s.ParsedKind!.Value, s.Cue ?? "", s.Text, null, start, start + s.Text.Length, 1);
        }).ToList();
        var summits = article.Summits.Select(s => new FoundSummit("", s.StartDay is { } d ? DiplomacyTracker.Dates.FuzzyDate.FromDay(d, DiplomacyTracker.Dates.FuzzyDate.Seoul) : null, null,
            s.Location, s.ParsedStatus!.Value, null, s.Participants.Select(Key).ToList(), "", 0, 0)).ToList();
        return new AnalysisResult(new RelevanceDecision(article.Relevant, 1, false, []), [], statements, summits);
    }
}
