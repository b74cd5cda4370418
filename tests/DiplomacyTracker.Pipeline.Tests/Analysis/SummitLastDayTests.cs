using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Reports from an event's last (or Nth) day with no sentence giving the opening day: the length gives the start.</summary>
public sealed class SummitLastDayTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("The two-day Korea-Africa summit ended on Wednesday.", "2018-09-18", "2018-09-19")] // a name between the length and "summit"
    [InlineData("Xi Jinping returned home on Wednesday after a two-day state visit to North Korea, Kim Jong-un's state media said.", "2018-09-18", "2018-09-19")]
    public void A_last_day_report_starts_the_event_its_length_before(string text, string start, string end)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2018, 9, 20)));
        Assert.Equal((start, end, SummitStatus.Held), (s.Start?.ToIsoString(), s.End?.ToIsoString(), s.Status));
    }

    [Theory]
    [InlineData("final", "2025-10-31")]
    [InlineData("second", "2025-10-31")]
    [InlineData("first", "2025-11-01")]
    public void The_named_day_of_a_gathering_dates_the_gathering_and_the_meeting_keeps_its_day(string ordinal, string gatheringStart)
    {
        var text = $"Lee Jae Myung held talks with Xi Jinping on Saturday, the {ordinal} day of the two-day Asia-Pacific Economic Cooperation (APEC) leaders' meeting in Gyeongju.";
        var summits = Summits(text, new DateOnly(2025, 11, 2));
        var gathering = Assert.Single(summits, s => s.ParticipantKeys.Count == 0);
        Assert.Equal((gatheringStart, SummitStatus.Held), (gathering.Start?.ToIsoString(), gathering.Status));
        var meeting = Assert.Single(summits, s => s.ParticipantKeys.Count == 2);
        Assert.Equal("2025-11-01", meeting.Start?.ToIsoString());
        Assert.StartsWith("Gyeongju", meeting.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_day_past_the_events_length_dates_nothing()
    {
        var summits = Summits("Lee Jae Myung held talks with Xi Jinping on Saturday, the third day of the two-day APEC leaders' meeting in Gyeongju.", new DateOnly(2025, 11, 2));
        Assert.DoesNotContain(summits, s => s.ParticipantKeys.Count == 0 && s.Start is not null);
    }
}
