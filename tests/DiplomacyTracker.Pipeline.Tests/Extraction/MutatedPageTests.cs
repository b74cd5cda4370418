using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Feeds randomly damaged versions of the golden pages (seeded, so failures reproduce) through the
/// extractor: truncation, tag soup, stray bytes. It must never throw and never hang.</summary>
public class MutatedPageTests
{
    private static readonly string[] Soup = ["<div>", "</div>", "<p>", "</p>", "<table><tr><td>", "</td></tr>", "<!--", "-->", "<script>", "</script>", "<article>", "<h1>", "&amp", "&#x", "\"", "'", ">", "<", "<br/>", "\0", "<svg><foreignObject>", "<select><option>", "<template>"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_page_never_throws_or_hangs(int seed)
    {
        var random = new Random(seed);
        var pages = Directory.GetFiles(ExtractionTestData.GoldenDir, "*.html").Order(StringComparer.Ordinal).ToArray();
        var original = File.ReadAllBytes(pages[seed % pages.Length]);
        var mutated = Mutate(original, random);

        var article = ArticleExtractor.Extract(new PageInput(mutated, new Uri("https://example.com/a")));

        Assert.NotNull(article.Text);
        Assert.True(article.Found || article.Error!.StartsWith("no article found", StringComparison.Ordinal));
    }

    private static byte[] Mutate(byte[] page, Random random)
    {
        var text = Encoding.UTF8.GetString(page);
        var sb = new StringBuilder(text);
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            var at = random.Next(sb.Length + 1);
            switch (random.Next(4))
            {
                case 0: sb.Insert(at, Soup[random.Next(Soup.Length)]); break;
                case 1: if (at < sb.Length) sb.Remove(at, Math.Min(random.Next(1, 200), sb.Length - at)); break;
                case 2: var from = random.Next(sb.Length); sb.Insert(at, sb.ToString(from, Math.Min(300, sb.Length - from))); break;
                default: sb.Insert(at, (char)random.Next(0, 0xD7FF)); break;
            }
        }
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return random.Next(3) == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
    }
}
