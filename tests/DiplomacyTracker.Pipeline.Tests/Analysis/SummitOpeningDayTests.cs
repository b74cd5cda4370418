using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>A summit reported on its closing day and described in the next sentence ("The two-day summit, which opened Tuesday in Goyang").</summary>
public sealed class SummitOpeningDayTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    private const string Lead = "SEOUL, June 5 (Yonhap) -- The first summit between South Korea and African nations ended on Wednesday with a joint declaration, the presidential office said.";

    [Fact]
    public void The_opening_day_in_the_next_sentence_starts_the_summit_and_its_place_replaces_the_dateline()
    {
        var s = Assert.Single(Summits(Lead + " The two-day summit, which opened Tuesday at KINTEX in Goyang, brought together leaders from 48 countries.", new DateOnly(2024, 6, 5)));
        Assert.Equal(("2024-06-04", "2024-06-05", SummitStatus.Held), (s.Start?.ToIsoString(), s.End?.ToIsoString(), s.Status));
        Assert.Equal("Goyang, South Korea", s.Location);
    }

    [Theory]
    [InlineData(" The two-day summit brought together leaders from 48 countries.")] // no opening day: the reported day stays
    [InlineData(" Delegates said the exhibition opened Tuesday in Goyang.")] // not about the summit
    public void Without_a_described_opening_the_reported_day_stays(string next)
    {
        var s = Assert.Single(Summits(Lead + next, new DateOnly(2024, 6, 5)), x => x.ParticipantKeys.Count == 0);
        Assert.Equal("2024-06-05", s.Start?.ToIsoString());
    }
}
