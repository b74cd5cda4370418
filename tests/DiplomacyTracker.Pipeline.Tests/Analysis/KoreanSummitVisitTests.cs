using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Korean reports of a state visit and its talks (real-ko 10, 11, 12): an unplaced plan is in the country visited,
/// the talks' own day sharpens the visit's first day, and "경주 회담 이후 … 한·중 정상회담" recalls the pair's earlier meeting.</summary>
public sealed class KoreanSummitVisitTests
{
    private static IReadOnlyList<FoundSummit> Summits(string text, DateOnly published) =>
        ArticleAnalyzer.Analyze(new ArticleText("정상회담", text, FuzzyDate.FromDay(published, FuzzyDate.Seoul), "ko"), Catalog, true).Summits;

    private static readonly ActorCatalog Catalog = ActorCatalog.FromEmbeddedReference();

    private static readonly string[] LeeXi = ["cn-xi-jinping", "kr-lee-jae-myung"];

    [Fact]
    public void An_unplaced_planned_summit_is_in_the_country_a_neighbouring_sentence_visits()
    {
        var s = Assert.Single(Summits("하지만 5일 개최되는 한중 정상회담을 견제하기 위한 발사라는 해석이 힘을 얻는다. "
            + "이 대통령은 7일까지 3박 4일 일정으로 중국 국빈 방문길에 오른다. 시진핑 중국 국가주석은 이재명 대통령을 맞는다.", new DateOnly(2026, 1, 4)));
        Assert.Equal((SummitStatus.Planned, "China", "2026-01-05"), (s.Status, s.Location, s.Start?.ToIsoString()));
        Assert.Equal(LeeXi, s.ParticipantKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_visit_to_a_country_none_of_the_leaders_leads_places_nothing()
    {
        var found = Summits("하지만 5일 개최되는 한중 정상회담을 견제하기 위한 발사라는 해석이 힘을 얻는다. "
            + "이 대통령은 7일까지 3박 4일 일정으로 일본 국빈 방문길에 오른다. 시진핑 중국 국가주석은 이재명 대통령을 맞는다.", new DateOnly(2026, 1, 4));
        Assert.DoesNotContain(found, s => s.Location is "Japan" or "China");
    }

    [Fact]
    public void The_talks_day_sharpens_the_first_day_of_the_state_visit()
    {
        var s = Assert.Single(Summits("이재명 대통령이 4일 시진핑 중국 국가주석의 초청으로 3박 4일간 중국을 국빈 방문해 정상회담을 한다. "
            + "이 대통령은 오는 5일 베이징에서 시 주석과 정상회담 및 국빈 만찬 등 공식 일정을 진행하고, 6∼7일엔 상하이를 찾을 예정이다.", new DateOnly(2026, 1, 4)),
            s => s.Status == SummitStatus.Planned);
        Assert.Equal(("Beijing, China", "2026-01-05"), (s.Location, s.Start?.ToIsoString()));
    }

    [Fact]
    public void A_meeting_recalled_before_the_pairs_next_one_is_their_earlier_held_summit()
    {
        var found = Summits("경북 경주 회담 이후 2개월여 만인 5일 중국 베이징에서 열린 한·중 정상회담은 양국 관계가 전면적인 복원 단계에 접어드는 전환점이 될 것이라는 평가가 나왔다. "
            + "이재명 대통령과 시진핑 중국 국가주석은 90분간 회담했다.", new DateOnly(2026, 1, 5));
        var earlier = Assert.Single(found, s => s.Location == "Gyeongju, South Korea");
        Assert.Equal((SummitStatus.Held, null), (earlier.Status, earlier.Start?.ToIsoString()));
        Assert.Equal(LeeXi, earlier.ParticipantKeys.Order(StringComparer.Ordinal));
        var beijing = Assert.Single(found, s => s.Location == "Beijing, China");
        Assert.Equal((SummitStatus.Held, "2026-01-05"), (beijing.Status, beijing.Start?.ToIsoString()));
    }
}
