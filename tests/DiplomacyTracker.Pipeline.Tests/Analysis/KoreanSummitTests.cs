using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Korean wire sentences about a 정상회담: status, day, place and the two named leaders, never a guessed participant.</summary>
public sealed class KoreanSummitTests
{
    private static readonly FuzzyDate Published = FuzzyDate.FromDay(new DateOnly(2025, 10, 29), FuzzyDate.Seoul);

    private static IReadOnlyList<FoundSummit> Summits(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("정상회담", text, Published, "ko"), SeedArticles.Catalog, true).Summits;

    private static FoundSummit One(string text)
    {
        var found = Summits(text);
        Assert.True(found.Count == 1, $"expected one summit, got {found.Count}: {string.Join(" | ", found.Select(s => $"{s.Status} {s.Location}"))}");
        return found[0];
    }

    [Theory]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령이 29일 경주에서 정상회담을 했다.", SummitStatus.Held)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령이 29일 경주에서 정상회담을 가졌다.", SummitStatus.Held)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령은 29일 경주에서 정상회담을 열었다.", SummitStatus.Held)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령의 정상회담이 29일 경주에서 열렸다.", SummitStatus.Held)]
    public void A_held_summit_with_both_leaders_named(string sentence, SummitStatus status)
    {
        var s = One(sentence);
        Assert.Equal(status, s.Status);
        Assert.Equal("2025-10-29", s.Start?.ToIsoString());
        Assert.Equal("Gyeongju, South Korea", s.Location);
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령이 2025년 11월 5일 워싱턴에서 정상회담을 할 예정이다.", SummitStatus.Planned)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령은 2025년 11월 5일 워싱턴에서 정상회담을 갖기로 했다.", SummitStatus.Planned)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령이 2025년 11월 5일 워싱턴에서 정상회담을 개최할 계획이다.", SummitStatus.Planned)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령의 2025년 11월 5일 워싱턴 정상회담이 취소됐다.", SummitStatus.Cancelled)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령의 2025년 11월 5일 정상회담이 무산됐다.", SummitStatus.Cancelled)]
    [InlineData("이재명 대통령과 도널드 트럼프 미국 대통령의 2025년 11월 5일 정상회담이 연기됐다.", SummitStatus.Postponed)]
    [InlineData("이재명 대통령이 2025년 11월 5일 도널드 트럼프 미국 대통령에게 정상회담을 제안했다.", SummitStatus.Proposed)]
    public void Plans_proposals_and_cancellations(string sentence, SummitStatus status)
    {
        var s = One(sentence);
        Assert.Equal(status, s.Status);
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Both_leaders_stand_for_the_pair_named_just_before()
    {
        var s = One("이재명 대통령은 도널드 트럼프 미국 대통령을 공항에서 맞았다. 양국 정상은 29일 경주에서 정상회담을 했다.");
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order(StringComparer.Ordinal));
        Assert.Equal("Gyeongju, South Korea", s.Location);
    }

    [Fact]
    public void Both_leaders_are_the_two_named_in_the_sentences_before()
    {
        var s = One("김정은 위원장은 \"조러 친선은 영원할 것\"이라고 말했다. 블라디미르 푸틴 대통령은 \"협력을 확대하겠다\"고 화답했다. 두 정상은 지난해 6월 평양에서 만난 바 있다.");
        Assert.Equal(["discovered:블라디미르-푸틴", "kp-kim-jong-un"], s.ParticipantKeys.Order(StringComparer.Ordinal)); // Putin is not in the test catalog: discovered with his title
        Assert.Equal((SummitStatus.Held, "2024-06"), (s.Status, s.Start?.ToIsoString()));
    }

    [Fact]
    public void The_country_visited_is_where_the_meeting_is()
    {
        var s = One("이재명 대통령은 다음 달 중순 일본을 방문해 다카이치 사나에 일본 총리와 정상회담을 할 예정이다.");
        Assert.Equal((SummitStatus.Planned, "Japan"), (s.Status, s.Location));
    }

    [Fact]
    public void A_surname_and_title_for_a_leader_named_in_full_before()
    {
        var s = One("이재명 대통령은 도널드 트럼프 미국 대통령을 공항에서 맞았다. 이 대통령과 트럼프 대통령은 29일 경주에서 정상회담을 했다.");
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order(StringComparer.Ordinal));
        // Named nowhere in full, "이 대통령" is the one catalog 이 who is president that day.
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], One("이 대통령과 도널드 트럼프 미국 대통령은 29일 경주에서 정상회담을 했다.").ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("양국 정상은 29일 경주에서 정상회담을 했다.")]
    [InlineData("한미 양국은 29일 경주에서 정상회담을 했다.")]
    [InlineData("트럼프 대통령은 공항에 도착했다. 양국 정상은 29일 경주에서 정상회담을 했다.")]
    public void Leaders_not_named_are_not_guessed(string sentence) =>
        Assert.Empty(Summits(sentence)); // "both leaders" with at most one of them named: no summit rather than a guessed pair

    [Theory]
    [InlineData("이재명 대통령은 트럼프 대통령과의 정상회담에 대해 설명했다.")]
    [InlineData("이재명 대통령은 \"트럼프 대통령과 정상회담을 했다\"고 말했다.")]
    [InlineData("트럼프 대통령과 김정은 위원장의 만남이 성사될지 주목된다.")]
    [InlineData("트럼프 대통령과 김정은 위원장의 만남이 성사될 지 관심이 모아진다.")]
    [InlineData("트럼프 대통령은 김정은 위원장과 만남이 성사된다면 유리할 수 있다.")]
    [InlineData("이재명 대통령과 시진핑 주석의 경주 정상회담 가능성이 거론된다.")]
    [InlineData("트럼프 대통령은 24일 백악관에서 기자들과 만나 \"나는 김정은과 아주 좋은 관계를 갖고 있다\"고 말했다.")]
    public void A_summit_only_mentioned_is_not_read(string sentence) => Assert.Empty(Summits(sentence));

    [Fact]
    public void A_meeting_an_official_reports_is_read()
    {
        var s = One("이재명 대통령과 도널드 트럼프 미국 대통령이 정상회담을 했다고 위성락 국가안보실장이 전했다.");
        Assert.Equal(SummitStatus.Held, s.Status);
        Assert.Equal(["kr-lee-jae-myung", "us-donald-trump"], s.ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bare_day_before_publication_does_not_date_a_plan()
    {
        var s = One("이재명 대통령과 도널드 트럼프 미국 대통령이 28일 경주에서 정상회담을 할 예정이다.");
        Assert.Equal(SummitStatus.Planned, s.Status);
        Assert.Null(s.Start);
        Assert.Equal("2025-10-30", One("이재명 대통령과 도널드 트럼프 미국 대통령이 30일 경주에서 정상회담을 할 예정이다.").Start?.ToIsoString());
        Assert.Equal("2025-11-03", One("이재명 대통령과 도널드 트럼프 미국 대통령이 3일 경주에서 정상회담을 할 예정이다.").Start?.ToIsoString());
    }

    [Fact]
    public void The_Korean_report_matches_the_summit_an_English_report_found()
    {
        var english = ArticleAnalyzer.Analyze(new ArticleText("Lee, Trump hold summit",
            "GYEONGJU, Oct. 29 (Yonhap) -- South Korean President Lee Jae-myung and U.S. President Donald Trump held a summit in Gyeongju on Wednesday.",
            Published, "en"), SeedArticles.Catalog, true).Summits.Single();
        var known = new KnownSummit(7, english.Title, english.Start, english.End, english.Location, english.Status, english.ParticipantKeys);
        var korean = One("이재명 대통령과 도널드 트럼프 미국 대통령이 29일 경주에서 정상회담을 했다.");
        Assert.Equal(7, SummitMatcher.FindMatch(korean, [known])?.Id);
        Assert.Null(SummitMatcher.FindMatch(One("이재명 대통령과 도널드 트럼프 미국 대통령이 2025년 8월 25일 워싱턴에서 정상회담을 했다."), [known]));
    }
}
