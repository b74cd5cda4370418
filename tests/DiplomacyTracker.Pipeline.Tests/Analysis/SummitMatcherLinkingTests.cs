using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Places that only share a country never make two summits one; an undated "held" summit means the recent one.</summary>
public sealed class SummitMatcherLinkingTests
{
    private static FuzzyDate Day(int y, int m, int d) => FuzzyDate.FromDay(new DateOnly(y, m, d), FuzzyDate.Seoul);

    private static readonly KnownSummit Pyongyang2000 = new(2, "First inter-Korean summit", Day(2000, 6, 13), Day(2000, 6, 15),
        "Pyongyang, North Korea", SummitStatus.Held, ["kr-kim-dae-jung", "kp-kim-jong-il"]);
    private static readonly KnownSummit Apec2025 = new(59, "APEC Economic Leaders' Meeting, Gyeongju", Day(2025, 10, 31), Day(2025, 11, 1),
        "Gyeongju, South Korea", SummitStatus.Held, []);
    private static readonly KnownSummit Washington2025 = new(55, "Lee Jae Myung-Trump summit", Day(2025, 8, 25), null,
        "White House, Washington, D.C., United States", SummitStatus.Held, ["kr-lee-jae-myung", "us-donald-trump"]);
    private static readonly KnownSummit Gyeongju2025 = new(58, "Lee Jae Myung-Trump summit in Gyeongju", Day(2025, 10, 29), null,
        "Gyeongju, South Korea", SummitStatus.Held, ["kr-lee-jae-myung", "us-donald-trump"]);

    private static FoundSummit Found(string title, string? location, SummitStatus status, params string[] participants) =>
        new(title, null, null, location, status, null, participants, "evidence", 0, 8);

    [Theory]
    [InlineData("Gyeongju, South Korea", "Pyongyang, North Korea", false)]
    [InlineData("Seoul, South Korea", "Washington, D.C., United States", false)]
    [InlineData("Gyeongju", "Hwabaek International Convention Center, Gyeongju, South Korea", true)]
    [InlineData("Hanoi", "Hanoi, Vietnam", true)]
    [InlineData("Peace House, Panmunjom", "Panmunjom", true)]
    [InlineData("Sentosa Island, Singapore", "Capella Hotel, Sentosa Island, Singapore", true)]
    [InlineData(null, "Hanoi", true)]
    public void Places_agree_only_on_their_specific_part(string? a, string? b, bool compatible) =>
        Assert.Equal(compatible, SummitMatcher.LocationsCompatible(a, b));

    [Fact]
    public void An_undated_APEC_summit_in_Gyeongju_is_the_Gyeongju_meeting_never_the_2000_Pyongyang_summit()
    {
        var match = SummitMatcher.FindMatch(Found("APEC summit", "Gyeongju, South Korea", SummitStatus.Planned), [Pyongyang2000, Apec2025], Day(2025, 8, 31));
        Assert.Equal(59, match?.Id);
        Assert.Null(SummitMatcher.FindMatch(Found("APEC summit", "Gyeongju, South Korea", SummitStatus.Planned), [Pyongyang2000], Day(2025, 8, 31)));
    }

    [Fact]
    public void An_undated_held_summit_is_the_one_the_same_leaders_held_in_the_month_before_the_report()
    {
        var found = Found("Lee–Trump summit", null, SummitStatus.Held, "kr-lee-jae-myung", "us-donald-trump");
        Assert.Equal(55, SummitMatcher.FindMatch(found, [Washington2025, Gyeongju2025], Day(2025, 8, 31))?.Id);
        Assert.Equal(58, SummitMatcher.FindMatch(found, [Washington2025, Gyeongju2025], Day(2025, 11, 5))?.Id);
        Assert.Null(SummitMatcher.FindMatch(found, [Washington2025, Gyeongju2025], Day(2026, 3, 1)));
        Assert.Null(SummitMatcher.FindMatch(found, [Washington2025, Gyeongju2025], null));
        Assert.Null(SummitMatcher.FindMatch(found with { Status = SummitStatus.Planned }, [Washington2025, Gyeongju2025], Day(2025, 8, 31)));
    }

    private static readonly KnownSummit Gyeongju2005 = new(15, "Roh Moo-hyun-Bush summit in Gyeongju", Day(2005, 11, 17), null,
        "Gyeongju, South Korea", SummitStatus.Held, ["kr-roh-moo-hyun", "us-george-w-bush"]);

    [Fact]
    public void An_upcoming_summit_in_a_city_is_not_the_one_held_there_twenty_years_before()
    {
        var upcoming = Found("APEC summit", "Gyeongju, South Korea", SummitStatus.Planned);
        Assert.Equal(59, SummitMatcher.FindMatch(upcoming, [Gyeongju2005, Apec2025], Day(2025, 8, 31))?.Id);
        // Two summits ahead in the same city: the one whose title shares a telling word ("APEC") wins over the nearer one.
        Assert.Equal(59, SummitMatcher.FindMatch(upcoming, [Gyeongju2005, Gyeongju2025, Apec2025], Day(2025, 8, 31))?.Id);
        Assert.Null(SummitMatcher.FindMatch(upcoming, [Gyeongju2005], Day(2025, 8, 31)));
        // A report that the Gyeongju summit was held, written in 2006, may well mean 2005; one written before it cannot.
        var held = Found("Gyeongju summit", "Gyeongju, South Korea", SummitStatus.Held);
        Assert.Equal(15, SummitMatcher.FindMatch(held, [Gyeongju2005], Day(2006, 3, 1))?.Id);
        Assert.Null(SummitMatcher.FindMatch(held, [Gyeongju2005], Day(2004, 3, 1)));
    }
}
