using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Evaluation;

/// <summary>A small hand-made catalog and record builders for the scorer tests.</summary>
internal static class ScorerTestCatalog
{
    public static ActorCatalog Catalog { get; } = new(
    [
        Person("kr-lee-jae-myung", "Lee Jae Myung", "Lee Jae-myung"),
        Person("us-donald-trump", "Donald Trump", "Donald J. Trump"),
        Person("kp-kim-jong-un", "Kim Jong-un", "Kim Jong Un"),
        Person("kp-kim-yo-jong", "Kim Yo-jong"),
    ]);

    private static CatalogActor Person(string key, string name, params string[] aliases) =>
        new(key, null, name, ActorKind.Person, null, name.Split(' ')[0], aliases, []);

    public static FoundStatement Said(string speakerKey, string text) =>
        new(speakerKey, speakerKey, null, StatementKind.Indirect, "said", text, null, 0, text.Length, 0.9);

    public static FoundSummit Summit(SummitStatus status, string? location, DateOnly? day, params string[] keys) =>
        new("summit", day is { } d ? FuzzyDate.FromDay(d, FuzzyDate.Seoul) : null, null, location, status, null, keys, "", 0, 0);
}
