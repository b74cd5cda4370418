using System.Globalization;
using System.Text.Json;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Korean wire-style articles (TestData/Analysis/Korean/*.txt) beside the exact statements and summits they must yield (.json).</summary>
public sealed class KoreanGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedArticles.Dir("Analysis", "Korean"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_statements(string name)
    {
        var text = File.ReadAllText(SeedArticles.Dir("Analysis", "Korean", name + ".txt")).Replace("\r\n", "\n");
        var expected = JsonDocument.Parse(File.ReadAllText(SeedArticles.Dir("Analysis", "Korean", name + ".json"))).RootElement;
        var published = FuzzyDate.FromDay(DateOnly.Parse(expected.GetProperty("published").GetString()!, CultureInfo.InvariantCulture), FuzzyDate.Seoul);

        var result = ArticleAnalyzer.Analyze(new ArticleText(name, text, published, "ko"), SeedArticles.Catalog);

        Assert.True(result.Relevance.IsRelevant == expected.GetProperty("relevant").GetBoolean(),
            $"{name}: relevance {result.Relevance.Score}: {string.Join("; ", result.Relevance.Reasons)}");
        var found = result.Statements.ToList();
        var report = string.Join("\n", found.Select(s => $"  {s.SpeakerKey} [{s.Kind}] {s.SaidOn?.ToIsoString()} {s.Text}"));
        foreach (var e in expected.GetProperty("statements").EnumerateArray())
        {
            var speaker = e.GetProperty("speaker").GetString()!;
            var words = e.GetProperty("text").GetString()!;
            var match = found.FirstOrDefault(s => s.Text == words);
            Assert.True(match is not null, $"{name}: missing {speaker}: \"{words}\"; found:\n{report}");
            Assert.Equal(speaker, match.SpeakerKey);
            Assert.Equal(Enum.Parse<StatementKind>(e.GetProperty("kind").GetString()!, ignoreCase: true), match.Kind);
            Assert.Equal(e.GetProperty("said_on").GetString(), match.SaidOn?.ToIsoString());
            StatementText.AssertWithin(text, match);
            found.Remove(match);
        }
        Assert.True(found.Count == 0, $"{name}: unexpected statements:\n{string.Join("\n", found.Select(s => $"  {s.SpeakerKey}: {s.Text}"))}");
        var summits = result.Summits.Select(x => $"{x.Status} {x.Start?.ToIsoString()} {x.Location} [{string.Join(",", x.ParticipantKeys.Order(StringComparer.Ordinal))}]").ToList();
        var expectedSummits = expected.GetProperty("summits").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.Equal(expectedSummits, summits);
        foreach (var fragment in expected.GetProperty("forbidden").EnumerateArray().Select(f => f.GetString()!))
            Assert.DoesNotContain(result.Statements, s => s.Text.Contains(fragment, StringComparison.Ordinal));
    }
}
