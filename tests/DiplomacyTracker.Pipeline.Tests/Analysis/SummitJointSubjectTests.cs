using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>"A and B met for an hour in X": an object-less "met" is a summit only when two named people are its subject.</summary>
public sealed class SummitJointSubjectTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) => SummitVisitTests.Summits(text, published);

    [Theory]
    [InlineData("President Moon Jae-in and Japanese Prime Minister Shinzo Abe met for 45 minutes in Chengdu on Tuesday, their first formal talks in 15 months.", "Chengdu, China", "2019-12-24")]
    [InlineData("Moon Jae-in and Shinzo Abe last met at Panmunjom on Tuesday.", "Panmunjom", "2019-12-24")]
    public void Two_named_people_meeting_without_an_object_is_a_summit(string text, string place, string day)
    {
        var s = Assert.Single(Summits(text, new DateOnly(2019, 12, 25)));
        Assert.Equal(["jp-shinzo-abe", "kr-moon-jae-in"], s.ParticipantKeys.Order());
        Assert.Equal((place, day, SummitStatus.Held), (s.Location, s.Start?.ToIsoString(), s.Status));
    }

    [Fact]
    public void A_relative_clause_after_the_first_name_keeps_the_pair()
    {
        var s = Assert.Single(Summits("Japanese Prime Minister Fumio Kishida, who steps down this month, and President Yoon Suk Yeol met in Seoul on Friday for about two hours.", new DateOnly(2024, 9, 7)));
        Assert.Equal(["jp-fumio-kishida", "kr-yoon-suk-yeol"], s.ParticipantKeys.Order());
        Assert.Equal("2024-09-06", s.Start?.ToIsoString());
    }

    [Fact]
    public void A_list_of_three_subjects_gives_all_three()
    {
        var s = Assert.Single(Summits("Moon Jae-in, Donald Trump and Kim Jong-un met at Panmunjom on Sunday.", new DateOnly(2019, 7, 1)));
        Assert.Equal(["kp-kim-jong-un", "kr-moon-jae-in", "us-donald-trump"], s.ParticipantKeys.Order());
    }

    [Theory]
    [InlineData("The foreign ministers of South Korea and Japan met in Tokyo on Friday and agreed to cooperate.")] // nobody named
    [InlineData("The top nuclear envoys of South Korea and the United States met in Seoul on Friday.")]
    [InlineData("Officials of both governments met on Friday, Moon Jae-in said.")] // the named man reports, he is not a subject
    [InlineData("President Moon Jae-in met on Friday with business leaders in Seoul.")] // one person, nobody to meet
    [InlineData("Moon Jae-in's aides and Shinzo Abe's aides met in Tokyo on Friday.")] // possessives are not the subject
    public void A_meeting_without_two_named_subjects_is_not_a_summit(string text)
    {
        Assert.Empty(Summits(text, new DateOnly(2019, 12, 25)));
    }

    [Fact]
    public void A_bare_name_shared_by_two_people_is_the_leader_when_it_meets_a_leader()
    {
        const string text = "Kim Yong-chol said the North had no interest in talks. North Korean leader Kim Jong-un has not replied. "
            + "Donald Trump and Kim last met at Panmunjom on June 30.";
        var s = Assert.Single(Summits(text, new DateOnly(2019, 11, 18)));
        Assert.Equal(["kp-kim-jong-un", "us-donald-trump"], s.ParticipantKeys.Order());
        Assert.Equal(("Panmunjom", "2019-06-30"), (s.Location, s.Start?.ToIsoString()));
    }

    [Fact]
    public void A_bare_name_shared_by_two_people_stays_open_without_a_leader_beside_it()
    {
        const string text = "Kim Gunn said the offer remained on the table. North Korean leader Kim Jong-un did not respond. "
            + "Kim said during a visit to Washington that he met his U.S. counterpart Sung Kim.";
        Assert.DoesNotContain(Summits(text, new DateOnly(2023, 8, 15)), s => s.ParticipantKeys.Contains("kp-kim-jong-un"));
    }
}
