using DiplomacyTracker.Search;

namespace DiplomacyTracker.Tests.Search;

/// <summary>The strategy probe: extrapolates the match count and picks the date walk only when it should be cheaper.</summary>
public sealed class MatchProbeTests
{
    /// <summary>A probe whose 500th match sits at <paramref name="lastId"/> in a store whose newest id is <paramref name="maxId"/>.</summary>
    private static MatchProbe Probe(int lastId, int maxId) =>
        new(Enumerable.Range(1, MatchProbe.Cap).Select(i => (int)((long)i * lastId / MatchProbe.Cap)).ToList(), false, maxId);

    [Fact]
    public void Extrapolates_the_match_count_and_the_rows_a_walk_reads()
    {
        var probe = Probe(lastId: 50_000, maxId: 1_000_000);
        Assert.Equal(10_000, probe.EstimatedMatches, 1);
        Assert.Equal(5_100, probe.ExpectedRowsFor(51), 1);
    }

    [Fact]
    public void A_phrase_in_one_percent_of_a_million_statements_walks_but_in_a_hundred_thousand_is_read_whole()
    {
        Assert.True(Probe(50_000, 1_000_000).WalkIsCheaper(51, 10_000, phraseOrPrefix: true));
        Assert.False(Probe(50_000, 100_000).WalkIsCheaper(51, 10_000, phraseOrPrefix: true));
    }

    [Fact]
    public void A_common_word_walks_and_a_walk_over_budget_never_does()
    {
        Assert.True(Probe(1_600, 100_000).WalkIsCheaper(51, 10_000, phraseOrPrefix: false));
        Assert.False(Probe(400_000, 1_000_000).WalkIsCheaper(51, 10_000, phraseOrPrefix: false));
    }

    [Fact]
    public void A_complete_probe_is_the_match_set_and_never_walks()
    {
        var probe = new MatchProbe([3, 9, 27], true, 0);
        Assert.Equal(3, probe.EstimatedMatches);
        Assert.False(probe.WalkIsCheaper(51, 10_000, phraseOrPrefix: false));
    }
}
