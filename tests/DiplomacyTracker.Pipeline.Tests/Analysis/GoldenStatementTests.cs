using System.Globalization;
using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>News-style paragraphs beside the statements they must yield (TestData/Analysis/Golden/*.txt + .json).</summary>
public sealed class GoldenStatementTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedArticles.Dir("Analysis", "Golden"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_statements(string name)
    {
        var text = File.ReadAllText(SeedArticles.Dir("Analysis", "Golden", name + ".txt")).Replace("\r\n", "\n");
        var expected = JsonDocument.Parse(File.ReadAllText(SeedArticles.Dir("Analysis", "Golden", name + ".json"))).RootElement;
        var published = FuzzyDate.FromDay(DateOnly.Parse(expected.GetProperty("published").GetString()!, CultureInfo.InvariantCulture), FuzzyDate.Seoul);

        var result = ArticleAnalyzer.Analyze(new ArticleText(name, text, published, "en"), SeedArticles.Catalog);

        Assert.True(result.Relevance.IsRelevant, $"{name} judged irrelevant: {string.Join("; ", result.Relevance.Reasons)}");
        var found = result.Statements.ToList();
        var report = string.Join("\n", found.Select(s => $"  {s.SpeakerKey} [{s.Kind}] {s.Text}"));
        foreach (var e in expected.GetProperty("statements").EnumerateArray())
        {
            var speaker = e.GetProperty("speaker").GetString()!;
            var contains = e.GetProperty("contains").GetString()!;
            var match = found.FirstOrDefault(s => s.SpeakerKey == speaker && s.Text.Contains(contains, StringComparison.Ordinal));
            Assert.True(match is not null, $"{name}: missing {speaker}: \"{contains}\"; found:\n{report}");
            Assert.Equal(Enum.Parse<StatementKind>(e.GetProperty("kind").GetString()!, ignoreCase: true), match.Kind);
            if (e.TryGetProperty("said_on", out var saidOn)) Assert.Equal(saidOn.GetString(), match.SaidOn?.ToIsoString());
            Assert.InRange(match.Start, 0, text.Length);
            StatementText.AssertWithin(text, match);
            found.Remove(match);
        }
        Assert.True(found.Count == 0, $"{name}: unexpected statements:\n{string.Join("\n", found.Select(s => $"  {s.SpeakerKey}: {s.Text}"))}");
        foreach (var fragment in expected.GetProperty("forbidden").EnumerateArray().Select(f => f.GetString()!))
            Assert.DoesNotContain(result.Statements, s => s.Text.Contains(fragment, StringComparison.Ordinal));
    }
}
