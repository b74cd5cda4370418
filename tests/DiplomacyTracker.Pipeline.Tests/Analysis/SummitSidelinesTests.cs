using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"on the sidelines of the G20 summit": the gathering is a summit of its own, in the state of the meeting it frames.</summary>
public sealed class SummitSidelinesTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Fact]
    public void A_meeting_on_the_sidelines_gives_the_gathering_its_state_and_keeps_its_own_day()
    {
        var summits = Summits("President Moon Jae-in held a summit with Chinese President Xi Jinping on the sidelines of the Group of 20 summit in Osaka on Thursday.", new DateOnly(2019, 6, 28));
        var frame = Assert.Single(summits, s => s.ParticipantKeys.Count == 0);
        Assert.Equal(("G20 summit", SummitStatus.Held, null), (frame.Title, frame.Status, frame.Start?.ToIsoString()));
        Assert.StartsWith("Osaka", frame.Location, StringComparison.Ordinal);
        var meeting = Assert.Single(summits, s => s.ParticipantKeys.Count == 2);
        Assert.Equal(("2019-06-27", SummitStatus.Held), (meeting.Start?.ToIsoString(), meeting.Status));
    }

    [Fact]
    public void A_called_off_meeting_leaves_the_gathering_held_and_a_planned_one_leaves_it_planned()
    {
        var off = Summits("Lee Jae Myung's summit with Donald Trump, which had been expected on the sidelines of the G7 summit in Kananaskis, was called off.", new DateOnly(2025, 6, 17));
        Assert.Equal(SummitStatus.Held, Assert.Single(off, s => s.ParticipantKeys.Count == 0).Status);
        var planned = Summits("Yoon Suk Yeol will meet Xi Jinping on the sidelines of the APEC forum in Lima next week.", new DateOnly(2024, 11, 8));
        Assert.Equal(SummitStatus.Planned, Assert.Single(planned, s => s.ParticipantKeys.Count == 0).Status);
    }

    [Fact]
    public void A_follow_up_sentence_placing_the_meeting_places_the_gathering_too()
    {
        const string text = "Yoon Suk Yeol will hold his first summit with Chinese President Xi Jinping. The meeting will take place in Bali on Tuesday, on the sidelines of the G20 summit.";
        var frame = Assert.Single(Summits(text, new DateOnly(2022, 11, 13)), s => s.ParticipantKeys.Count == 0);
        Assert.Equal(SummitStatus.Planned, frame.Status);
        Assert.StartsWith("Bali", frame.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_gathering_without_a_meeting_on_its_sidelines_needs_a_date_or_a_state_word()
    {
        Assert.Empty(Summits("Officials discussed the G20 summit agenda on the sidelines of the forum.", new DateOnly(2019, 6, 20)));
    }
}
