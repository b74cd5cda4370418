using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"X's summit with Y, which …, was called off": the main verb after a relative clause is the summit's status.</summary>
public sealed class SummitRelativeClauseTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    private const string CalledOff = "KANANASKIS, Canada, June 17 (Yonhap) -- President Lee Jae Myung's first summit with U.S. President Donald Trump, "
        + "which had been expected on the sidelines of the Group of Seven summit here, was called off after Trump left early, the presidential office said.";

    [Fact]
    public void The_verb_after_the_clause_cancels_the_summit_before_it_not_the_one_inside()
    {
        var found = Summits(CalledOff, new DateOnly(2025, 6, 17));
        var pair = Assert.Single(found, s => s.ParticipantKeys.Count == 2);
        Assert.Equal(SummitStatus.Cancelled, pair.Status);
        Assert.DoesNotContain(found, s => s.ParticipantKeys.Count == 0 && s.Status == SummitStatus.Cancelled); // the G7 summit itself went ahead
    }

    [Fact]
    public void Here_in_the_clause_is_the_dateline_place()
    {
        var pair = Assert.Single(Summits(CalledOff, new DateOnly(2025, 6, 17)), s => s.ParticipantKeys.Count == 2);
        Assert.Equal("Kananaskis, Canada", pair.Location);
    }

    [Theory]
    // the clause closes, but what follows starts another clause
    [InlineData("President Lee Jae Myung held a summit with U.S. President Donald Trump on Monday, which lasted two hours at the residence of the ambassador in the capital city, and a separate planned meeting of the trade ministers of both countries was called off.")]
    // the clause never closes
    [InlineData("President Lee Jae Myung held a summit with U.S. President Donald Trump on Monday, which came weeks after aides of both sides said a planned meeting of the trade ministers of both countries was called off.")]
    public void A_cancellation_beyond_the_clause_does_not_reach_back(string text)
    {
        var pair = Assert.Single(Summits(text, new DateOnly(2025, 8, 26)), s => s.ParticipantKeys.Count == 2 && s.Start is not null);
        Assert.Equal(SummitStatus.Held, pair.Status);
    }

    [Fact]
    public void Here_far_from_the_summit_gives_no_place()
    {
        var pair = Assert.Single(Summits("KANANASKIS, Canada, June 17 (Yonhap) -- President Lee Jae Myung will hold a summit with U.S. President Donald Trump next month, aides said, as leaders gathered for meetings that many here expect to be tense.", new DateOnly(2025, 6, 17)), s => s.ParticipantKeys.Count == 2);
        Assert.Null(pair.Location);
    }
}
