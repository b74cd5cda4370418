using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Venues outside the gazetteer, with their city; lodging is not a venue; a shared country is not a shared place.</summary>
public sealed class SummitVenueTests
{
    private static string? Place(string text, int year, int month, int day) =>
        Assert.Single(SummitVisitTests.Summits(text, new DateOnly(year, month, day))).Location;

    [Theory]
    [InlineData("Donald Trump and Kim Jong-un will hold their summit at the Capella Hotel on Sentosa Island on June 12.", "Capella Hotel, Sentosa Island, Singapore")]
    [InlineData("Donald Trump and Xi Jinping held talks at Gimhae Air Base in Busan on Thursday.", "Gimhae Air Base, Busan, South Korea")]
    [InlineData("Kim Jong-un held talks with Xi Jinping at the Great Hall of the People in Beijing on Thursday.", "Great Hall of the People, Beijing, China")]
    [InlineData("Kim Jong-un and Vladimir Putin held their first summit on Thursday on Russky Island off Vladivostok.", "Russky Island, Vladivostok, Russia")]
    [InlineData("Moon Jae-in and Kim Jong-un held a surprise summit at Tongilgak on Saturday.", "Tongilgak, Panmunjom")]
    public void A_named_venue_with_its_city(string text, string expected) => Assert.Equal(expected, Place(text, 2018, 6, 7));

    [Fact]
    public void Where_a_delegation_stays_is_not_the_venue()
    {
        var summits = SummitVisitTests.Summits("Donald Trump and Kim Jong-un will hold their summit in Singapore on June 12. Kim's delegation is expected to stay at the St. Regis Hotel near the summit venue.", new DateOnly(2018, 6, 7));
        Assert.DoesNotContain(summits, s => s.Location?.Contains("Regis", StringComparison.Ordinal) == true);
        Assert.Contains(summits, s => s.Location == "Singapore");
    }

    [Fact]
    public void A_hotel_in_a_sentence_without_a_summit_is_nothing() =>
        Assert.Empty(SummitVisitTests.Summits("The delegation checked into the Capella Hotel on Sentosa Island after a long flight.", new DateOnly(2018, 6, 10)));

    [Theory]
    [InlineData("Russky Island, Vladivostok", "Vladivostok, Russia", true)]
    [InlineData("Peace House, Panmunjom", "Panmunjom", true)]
    [InlineData("Pyongyang, North Korea", "Seoul, South Korea", false)]
    [InlineData("Beijing, China", "Shanghai, China", false)]
    public void Places_agree_on_the_venue_or_city_not_the_country(string a, string b, bool expected) =>
        Assert.Equal(expected, SummitMatcher.LocationsCompatible(a, b));
}
