using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Multilateral summits written out in full, refused invitations, and a summit placed in the next sentence.</summary>
public sealed class SummitRefusalAndGroupTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("President Moon Jae-in will host a special summit between South Korea and the Association of Southeast Asian Nations in Busan on Nov. 25-26.", "ASEAN")]
    [InlineData("President Moon Jae-in will host the first summit between South Korea and African nations in Seoul on Nov. 25.", "Africa")]
    [InlineData("President Moon Jae-in will host the Korea-Africa summit in Seoul on Nov. 25.", "Africa")]
    public void A_summit_with_a_written_out_group_is_multilateral(string text, string group)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2019, 11, 18)));
        Assert.Empty(s.ParticipantKeys);
        Assert.StartsWith(group, s.Title, StringComparison.Ordinal);
        Assert.Equal((SummitStatus.Planned, "2019-11-25"), (s.Status, s.Start?.ToIsoString()));
    }

    [Fact]
    public void A_summit_between_two_countries_keeps_its_leaders()
    {
        var s = Assert.Single(Summits("President Moon Jae-in will hold a summit with North Korean leader Kim Jong-un in Pyongyang on Sept. 18.", new DateOnly(2018, 9, 6)));
        Assert.Equal(["kp-kim-jong-un", "kr-moon-jae-in"], s.ParticipantKeys.Order());
        Assert.DoesNotContain("Africa", s.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_invitation_stays_a_proposal_and_the_refusal_day_does_not_date_it()
    {
        var found = Summits("North Korea on Thursday turned down President Moon Jae-in's invitation for leader Kim Jong-un to attend a special summit between South Korea and the Association of Southeast Asian Nations in Busan next week.", new DateOnly(2019, 11, 21));
        var asean = Assert.Single(found, s => s.ParticipantKeys.Count == 0);
        // Inviting Kim to the gathering proposes his meeting Moon there (the annotation convention of the real corpus): a
        // proposal, never dated by the refusal's Thursday.
        var invitation = Assert.Single(found, s => s.ParticipantKeys.Count == 2);
        Assert.Equal((SummitStatus.Proposed, "Busan, South Korea"), (invitation.Status, invitation.Location));
        Assert.NotEqual(new DateOnly(2019, 11, 21), invitation.Start?.LocalDay);
        Assert.Equal((SummitStatus.Planned, "2019-11"), (asean.Status, asean.Start?.ToIsoString())); // one guest declining does not call it off
        Assert.Equal(new DateOnly(2019, 11, 25), asean.Start!.Value.LocalDay); // "next week": its days, never shown as one of them
        var bilateral = Assert.Single(Summits("North Korea on Thursday rejected President Moon Jae-in's offer of a summit with leader Kim Jong-un in Seoul.", new DateOnly(2019, 11, 21)));
        Assert.Equal(SummitStatus.Proposed, bilateral.Status);
        Assert.Null(bilateral.Start);
    }

    [Fact]
    public void Declining_to_say_something_is_not_a_refusal()
    {
        var s = Assert.Single(Summits("President Moon Jae-in will visit Pyongyang from Sept. 18 to 20, though the ministry declined to say whether he would meet Kim Jong-un there.", new DateOnly(2018, 9, 6)));
        Assert.Equal(SummitStatus.Planned, s.Status);
        var after = Assert.Single(Summits("North Korean leader Kim Jong-un rejected the sanctions, but he will hold a summit with President Moon Jae-in in Pyongyang on Sept. 18.", new DateOnly(2018, 9, 6)));
        Assert.Equal((SummitStatus.Planned, "2018-09-18"), (after.Status, after.Start?.ToIsoString()));
    }

    [Fact]
    public void The_next_sentence_places_and_dates_a_summit()
    {
        var s = Assert.Single(Summits("President Moon Jae-in held a summit with Russian President Vladimir Putin. The talks took place at the Kremlin on Friday and lasted two hours.", new DateOnly(2018, 6, 22)));
        Assert.Equal(["kr-moon-jae-in", "ru-vladimir-putin"], s.ParticipantKeys.Order());
        Assert.Equal(("2018-06-22", SummitStatus.Held), (s.Start?.ToIsoString(), s.Status));
        Assert.Contains("Kremlin", s.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_following_sentence_that_names_people_is_its_own_report()
    {
        var found = Summits("President Moon Jae-in held a summit with Russian President Vladimir Putin in Moscow on Friday. The meeting between Donald Trump and Kim Jong-un will take place in Singapore on June 12.", new DateOnly(2018, 6, 1));
        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.ParticipantKeys.Contains("us-donald-trump") && f.Location!.Contains("Singapore", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.ParticipantKeys.Contains("ru-vladimir-putin") && f.Location!.Contains("Singapore", StringComparison.Ordinal));
    }
}
