using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

public class TitleCleanerTests
{
    [Theory]
    [InlineData("Trump and Lee Unite to Revive Korea Peace Talks - Seoul Wire", "Seoul Wire", "Trump and Lee Unite to Revive Korea Peace Talks")]
    [InlineData("Trump and Lee Unite to Revive Korea Peace Talks | Seoul Wire", null, "Trump and Lee Unite to Revive Korea Peace Talks")]
    [InlineData("Seoul Wire | Trump and Lee Unite to Revive Korea Peace Talks", "Seoul Wire", "Trump and Lee Unite to Revive Korea Peace Talks")]
    [InlineData("Envoys meet in Geneva – The Korea Herald", "The Korea Herald", "Envoys meet in Geneva")]
    [InlineData("US-North Korea Summit Looms Before APEC Meeting", null, "US-North Korea Summit Looms Before APEC Meeting")]
    [InlineData("  Kim Jong-un:  talks   over  ", null, "Kim Jong-un: talks over")]
    [InlineData("이재명 대통령, APEC서 북미 대화 촉구 : 서울일보", "서울일보", "이재명 대통령, APEC서 북미 대화 촉구")]
    public void Strips_the_site_name(string raw, string? site, string expected) => Assert.Equal(expected, TitleCleaner.Clean(raw, site));

    [Fact]
    public void Keeps_a_headline_whose_dash_is_part_of_it() =>
        Assert.Equal("Lee - Trump summit: what was agreed and what was not", TitleCleaner.Clean("Lee - Trump summit: what was agreed and what was not", null));
}
