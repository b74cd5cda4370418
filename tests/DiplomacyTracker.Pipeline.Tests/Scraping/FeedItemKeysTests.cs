using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Tests.Scraping;

public class FeedItemKeysTests
{
    private static (FeedEntry, string) Entry(string? guid, string url) => (new FeedEntry(guid, url, null, null, null, null), url);

    [Fact]
    public void A_known_guid_with_another_link_is_a_new_item_under_guid_and_link()
    {
        var known = new Dictionary<string, string> { ["g-1"] = "https://site.example/a" };
        var (added, tally) = FeedItemKeys.Assign([Entry("g-1", "https://site.example/a"), Entry("g-1", "https://site.example/b")], known, 0);
        var (_, key, url) = Assert.Single(added);
        Assert.Equal("https://site.example/b", url);
        Assert.Equal("g-1 <https://site.example/b>", key);
        Assert.Equal(new ListingTally(2, 1, 1, 0, 1, 0), tally);
    }

    [Fact]
    public void Every_entry_is_counted_once()
    {
        var known = new Dictionary<string, string> { ["https://site.example/old"] = "https://site.example/old" };
        var (added, tally) = FeedItemKeys.Assign(
        [
            Entry(null, "https://site.example/old"), Entry("same", "https://site.example/1"), Entry("same", "https://site.example/2"),
            Entry("same", "https://site.example/1"), Entry(null, "https://site.example/3"), Entry(null, "https://site.example/3"),
        ], known, skippedByParser: 2);
        Assert.Equal(["same", "same <https://site.example/2>", "https://site.example/3"], added.Select(a => a.Key));
        Assert.Equal(new ListingTally(8, 3, 1, 2, 1, 2), tally);
        Assert.Equal(tally.Entries, tally.New + tally.Known + tally.Repeated + tally.Skipped);
    }

    [Fact]
    public void Keys_fit_the_column_and_stay_distinct()
    {
        var longGuid = new string('g', 2000);
        var known = new Dictionary<string, string> { [longGuid[..FeedItemKeys.MaxKeyLength]] = "https://site.example/a" };
        var (added, _) = FeedItemKeys.Assign([Entry(longGuid, "https://site.example/b" + new string('x', 900)), Entry(longGuid, "https://site.example/c")], known, 0);
        Assert.Equal(2, added.Count);
        Assert.All(added, a => Assert.True(a.Key.Length <= FeedItemKeys.MaxKeyLength));
        Assert.NotEqual(added[0].Key, added[1].Key);
    }
}
