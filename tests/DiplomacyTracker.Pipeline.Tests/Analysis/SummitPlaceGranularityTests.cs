using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Venue or city against country: when two reports of one summit place it differently, the finer place wins.</summary>
public sealed class SummitPlaceGranularityTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Fact]
    public void A_follow_up_venue_replaces_the_country_of_the_visit()
    {
        const string text = "President Moon Jae-in held a summit with Russian President Vladimir Putin on Friday during a state visit to Russia. "
            + "The talks took place at the Kremlin and lasted two hours.";
        var s = Assert.Single(Summits(text, new DateOnly(2018, 6, 22)));
        Assert.Equal(("Kremlin", "2018-06-22"), (s.Location?.Split(',')[0], s.Start?.ToIsoString()));
    }

    [Fact]
    public void The_day_before_dates_a_venue_summit_in_a_report_of_that_day()
    {
        const string text = "BUSAN, Oct. 30 (Yonhap) -- Donald Trump and Xi Jinping held talks on Thursday at Gimhae Air Base in Busan.\n\n"
            + "The day before, Trump and Lee Jae Myung held their second summit at the Gyeongju National Museum.";
        var s = Assert.Single(SummitVisitTests.Summits(text, new DateOnly(2025, 10, 30)), s => s.ParticipantKeys.Contains("kr-lee-jae-myung"));
        Assert.Equal(("2025-10-29", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
        Assert.StartsWith("Gyeongju National Museum", s.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kremlin", "Russia", true)]
    [InlineData("Russia", "Kremlin", false)]
    [InlineData("Gyeongju National Museum, Gyeongju", "Gyeongju", true)]
    [InlineData("Seoul", "Gyeongju National Museum", false)]
    [InlineData("Japan", "China", false)]
    public void Finer_prefers_a_venue_or_city_to_a_country_then_the_longer_name(string place, string than, bool finer)
    {
        Assert.Equal(finer, SummitCandidate.Finer(place, than));
    }
}
