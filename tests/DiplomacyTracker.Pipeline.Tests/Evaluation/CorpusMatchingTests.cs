using DiplomacyTracker.Evaluation;

namespace DiplomacyTracker.Tests.Evaluation;

/// <summary>The in-process scorer counts exactly as ../shared/tools/score_statements.py does.</summary>
public sealed class CorpusMatchingTests
{
    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un;Kim Jong-un", true)]
    [InlineData("KIM JONG UN", "Kim Jong Un", true)]
    [InlineData("이재명", "Lee Jae Myung;이재명;Lee Jae-myung", true)]
    [InlineData("Moon", "Moon Jae-in", false)] // a suffix counts only past six letters
    [InlineData("Jae-in Moon", "Moon Jae-in", false)]
    [InlineData("Ministry of Foreign Affairs", "Foreign Affairs", true)] // "foreignaffairs" ends the prediction
    [InlineData("", "Kim Jong Un", false)]
    public void Speakers_are_compared_on_their_letters(string predicted, string gold, bool same) =>
        Assert.Equal(same, CorpusMatching.SameSpeaker(predicted, gold));

    [Fact]
    public void Words_are_python_word_runs_longer_than_two_without_stop_words() =>
        Assert.Equal(["kim", "said", "north", "2018", "북한은", "snake_case"],
            CorpusMatching.Words("Kim said the North\u2019s 2018 북한은 an of snake_case x1"));

    [Fact]
    public void Coverage_is_sixty_percent_of_the_gold_words()
    {
        Assert.True(CorpusMatching.Covers("talks will resume soon in Seoul", "talks resume soon Seoul"));
        Assert.False(CorpusMatching.Covers("talks in Seoul", "talks resume soon Seoul"));
        Assert.False(CorpusMatching.Covers("anything", "the of and"));
    }

    [Fact]
    public void A_summit_needs_every_participant_a_place_spelling_the_day_and_the_status()
    {
        var gold = new GoldSummit(["Donald Trump", "Kim Jong Un;Kim Jong-un"], "Singapore;싱가포르", "2018-06-12", "cancelled");
        Assert.True(CorpusMatching.SummitMatches(new PredictedSummit(["Donald Trump", "Kim Jong-un"], "Sentosa, Singapore", "2018-06-12", "cancelled", ""), gold));
        Assert.False(CorpusMatching.SummitMatches(new PredictedSummit(["Donald Trump"], "Singapore", "2018-06-12", "cancelled", ""), gold));
        Assert.False(CorpusMatching.SummitMatches(new PredictedSummit(["Donald Trump", "Kim Jong-un"], "Singapore", "2018-06", "cancelled", ""), gold));
        Assert.False(CorpusMatching.SummitMatches(new PredictedSummit(["Donald Trump", "Kim Jong-un"], "Singapore", "2018-06-12", "held", ""), gold));
    }
}
