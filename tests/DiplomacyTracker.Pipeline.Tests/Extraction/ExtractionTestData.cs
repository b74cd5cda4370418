namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Locates the extraction test pages copied beside the test assembly.</summary>
internal static class ExtractionTestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static string GoldenDir => Path.Combine(Root, "Extraction", "Golden");

    public static string SeedsDir => Path.Combine(Root, "Seeds");

    /// <summary>A fixed fetch time so date checks do not depend on the clock.</summary>
    public static DateTimeOffset FetchedAt { get; } = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<object[]> GoldenPages() =>
        Directory.EnumerateFiles(GoldenDir, "*.html").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static IEnumerable<object[]> Seeds() =>
        Directory.EnumerateFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });
}
