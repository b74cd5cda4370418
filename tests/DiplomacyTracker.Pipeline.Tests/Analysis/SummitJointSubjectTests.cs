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
}
