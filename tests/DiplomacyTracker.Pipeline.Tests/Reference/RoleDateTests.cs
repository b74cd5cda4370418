using System.Text.RegularExpressions;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Tests.Reference;

/// <summary>Role dates in the actors file: well-formed, ordered, and one holder at a time for single-holder offices.</summary>
public sealed partial class RoleDateTests
{
    private static readonly ReferenceActorsFile File = ReferenceDataLoader.LoadActors();
    private static readonly ActorCatalog Catalog = ActorCatalog.FromReference(File);

    [Fact]
    public void Every_role_has_a_title_and_well_formed_ordered_dates()
    {
        foreach (var actor in File.Actors)
            foreach (var role in actor.Roles ?? [])
            {
                var where = $"{actor.Id} / {role.Title}";
                Assert.False(string.IsNullOrWhiteSpace(role.Title), where);
                Assert.NotNull(role.From);
                Assert.Matches(DatePattern(), role.From);
                if (role.To is not null) Assert.Matches(DatePattern(), role.To);
                var from = ActorCatalog.ParseStart(role.From)!.Value;
                var to = ActorCatalog.ParseEnd(role.To);
                Assert.InRange(from.Year, 1940, 2026);
                Assert.True(to is null || from <= to, $"{where}: from {role.From} is after to {role.To}");
            }
    }

    [Theory]
    [InlineData("President of South Korea")]
    [InlineData("Acting President of South Korea")]
    [InlineData("President of the United States")]
    [InlineData("Secretary of State of the United States")]
    [InlineData("Supreme Leader of North Korea")]
    [InlineData("Prime Minister of Japan")]
    [InlineData("President of China")]
    [InlineData("President of Russia")]
    [InlineData("Secretary-General of the United Nations")]
    public void Single_holder_offices_never_have_two_holders_except_on_a_handover_day(string title)
    {
        var terms = File.Actors
            .SelectMany(a => (a.Roles ?? []).Where(r => r.Title == title)
                .Select(r => (a.Id, From: ActorCatalog.ParseStart(r.From)!.Value, To: ActorCatalog.ParseEnd(r.To) ?? DateOnly.MaxValue)))
            .OrderBy(t => t.From).ToList();
        Assert.True(terms.Count >= 2, $"{title}: fewer than two terms");
        for (var i = 0; i < terms.Count; i++)
            for (var j = i + 1; j < terms.Count; j++)
            {
                var (a, b) = (terms[i], terms[j]);
                if (b.From > a.To) continue;
                var handover = a.Id != b.Id && b.From == a.To;
                Assert.True(handover, $"{title}: {a.Id} ({a.From}..{a.To}) overlaps {b.Id} ({b.From}..{b.To})");
            }
    }

    [Theory]
    [InlineData("kr-yoon-suk-yeol", "2023-01-01", "President of South Korea")]
    [InlineData("kr-yoon-suk-yeol", "2025-06-05", null)]
    [InlineData("kr-yoon-suk-yeol", "2020-01-01", "Prosecutor General of South Korea")]
    [InlineData("kr-lee-jae-myung", "2025-06-05", "President of South Korea")]
    [InlineData("kr-lee-jae-myung", "2025-05-20", null)]
    [InlineData("kr-moon-jae-in", "2018-04-27", "President of South Korea")]
    [InlineData("kr-han-duck-soo", "2024-12-20", "Acting President of South Korea")]
    [InlineData("kr-han-duck-soo", "2025-01-15", "Prime Minister of South Korea")]
    [InlineData("kr-choi-sang-mok", "2025-01-15", "Acting President of South Korea")]
    [InlineData("kp-kim-jong-il", "2011-12-18", null)]
    [InlineData("kp-kim-jong-un", "2011-12-18", "Supreme Leader of North Korea")]
    [InlineData("kp-kim-jong-un", "2018-06-12", "Chairman of the State Affairs Commission")]
    [InlineData("us-donald-trump", "2023-01-01", null)]
    [InlineData("us-donald-trump", "2025-10-29", "President of the United States")]
    [InlineData("kr-ban-ki-moon", "2010-06-01", "Secretary-General of the United Nations")]
    [InlineData("kr-chung-dong-young", "2025-09-01", "Unification Minister of South Korea")]
    [InlineData("kr-chung-dong-young", "2015-01-01", null)]
    public void RoleOn_gives_the_title_an_actor_held_that_day(string id, string day, string? expected)
    {
        var actor = Catalog.FindByKey(id);
        Assert.NotNull(actor);
        Assert.Equal(expected, actor.RoleOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Title);
    }

    [Theory]
    [InlineData("Yoon Suk-yeol", "kr-yoon-suk-yeol")]
    [InlineData("윤석열", "kr-yoon-suk-yeol")]
    [InlineData("LEE JAE-MYUNG", "kr-lee-jae-myung")]
    [InlineData("Kim Jong Un", "kp-kim-jong-un")]
    [InlineData("김여정", "kp-kim-yo-jong")]
    [InlineData("Kim Hye-kyung", "kr-kim-hea-kyung")]
    [InlineData("习近平", "cn-xi-jinping")]
    [InlineData("Путин", "ru-vladimir-putin")]
    [InlineData("岸田文雄", "jp-fumio-kishida")]
    [InlineData("Korean Central News Agency", "kp-kcna")]
    [InlineData("Cheong Wa Dae", "kr-presidential-office")]
    public void Common_spellings_find_exactly_one_actor(string spelling, string expectedId)
    {
        var found = Catalog.FindByName(spelling);
        Assert.Equal(expectedId, Assert.Single(found).Key);
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex DatePattern();
}
