using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A statement's text is its span of the article, or (attribution left out) the span's parts joined by " … ".</summary>
internal static class StatementText
{
    public static void AssertWithin(string article, FoundStatement s)
    {
        Assert.InRange(s.Start, 0, s.End);
        Assert.InRange(s.End, s.Start, article.Length);
        var span = article[s.Start..s.End];
        if (s.Text == span) return;
        var parts = s.Text.Split(" \u2026 ");
        Assert.True(parts.Length > 1, $"text is not its span: \"{s.Text}\" vs \"{span}\"");
        Assert.StartsWith(parts[0], span, StringComparison.Ordinal);
        Assert.EndsWith(parts[^1], span, StringComparison.Ordinal);
        var at = 0;
        foreach (var part in parts)
        {
            var found = span.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"part \"{part}\" not in order in \"{span}\"");
            at = found + part.Length;
        }
    }
}
