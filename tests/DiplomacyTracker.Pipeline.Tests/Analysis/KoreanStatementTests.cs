using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>Korean wire sentences: who said what, and only when the speaker is named for sure.</summary>
public sealed class KoreanStatementTests
{
    private static readonly FuzzyDate Published = FuzzyDate.FromDay(new DateOnly(2025, 10, 29), FuzzyDate.Seoul);

    private static IReadOnlyList<FoundStatement> Statements(string text) =>
        ArticleAnalyzer.Analyze(new ArticleText("남북 대화", text, Published, "ko"), SeedArticles.Catalog, true).Statements;

    private static FoundStatement One(string text)
    {
        var found = Statements(text);
        Assert.True(found.Count == 1, $"expected one statement, got {found.Count}: {string.Join(" | ", found.Select(s => $"{s.SpeakerKey}: {s.Text}"))}");
        Assert.Equal(found[0].Text, text[found[0].Start..found[0].End]);
        return found[0];
    }

    [Theory]
    [InlineData("이재명 대통령은 \"북한과의 대화를 재개해야 한다\"고 말했다.", "말했다")]
    [InlineData("이재명 대통령은 “북한과의 대화를 재개해야 한다”고 밝혔다.", "밝혔다")]
    [InlineData("이재명 대통령은 29일 청와대에서 \"북한과의 대화를 재개해야 한다\"라고 강조했다.", "강조했다")]
    [InlineData("이재명은 \"북한과의 대화를 재개해야 한다\"고 기자들에게 말했다.", "말했다")]
    [InlineData("이재명 대통령이 \"북한과의 대화를 재개해야 한다\"고 했다.", "했다")]
    [InlineData("이재명 대통령은 18일 대통령실에서 \"북한과의 대화를 재개해야 한다\"고 말했다.", "말했다")]
    public void A_named_president_with_a_direct_quote(string sentence, string cue)
    {
        var s = One(sentence);
        Assert.Equal(("kr-lee-jae-myung", StatementKind.Direct, "북한과의 대화를 재개해야 한다", cue), (s.SpeakerKey, s.Kind, s.Text, s.Cue));
    }

    [Theory]
    [InlineData("정동영 통일부 장관은 \"남북 연락 채널을 복원하겠다\"고 밝혔다.")]
    [InlineData("통일부 정동영 장관은 \"남북 연락 채널을 복원하겠다\"고 밝혔다.")]
    public void A_minister_with_the_ministry_before_or_after_the_name(string sentence)
    {
        var s = One(sentence);
        Assert.Equal(("kr-chung-dong-young", "남북 연락 채널을 복원하겠다"), (s.SpeakerKey, s.Text));
    }

    [Theory]
    [InlineData("이재명 대통령은 김정은 위원장을 향해 \"대화의 장으로 나와 달라\"고 말했다.")]
    [InlineData("이재명 대통령은 트럼프 대통령에게 \"대화의 장으로 나와 달라\"고 말했다.")]
    [InlineData("이재명 대통령은 트럼프 대통령과의 회담에서 \"대화의 장으로 나와 달라\"고 말했다.")]
    [InlineData("이재명 대통령은 김정은에게 \"대화의 장으로 나와 달라\"고 말했다.")]
    public void A_name_addressed_between_subject_and_quote_is_not_the_speaker(string sentence) =>
        Assert.Equal(("kr-lee-jae-myung", "대화의 장으로 나와 달라"), (One(sentence).SpeakerKey, One(sentence).Text));

    [Theory]
    [InlineData("이재명 대통령은 김정은 위원장이 \"대화의 장으로 나와 달라\"고 말했다.")]
    [InlineData("이재명 대통령은 김정은 위원장은 \"대화의 장으로 나와 달라\"고 말했다.")]
    [InlineData("이재명 대통령은 김정은 \"대화의 장으로 나와 달라\"고 말했다.")]
    public void A_second_subject_between_subject_and_quote_gives_nothing(string sentence) =>
        Assert.Empty(Statements(sentence));

    [Theory]
    [InlineData("김정은 국무위원장은 \"핵무력을 계속 강화할 것\"이라고 말했다고 조선중앙통신이 29일 보도했다.", "핵무력을 계속 강화할 것", StatementKind.Direct)]
    [InlineData("김정은 국무위원장은 핵무력을 계속 강화해야 한다고 강조했다고 조선중앙통신이 보도했다.", "핵무력을 계속 강화해야 한다", StatementKind.Indirect)]
    public void A_news_agency_relaying_the_subjects_words_gives_them_to_the_subject(string sentence, string words, StatementKind kind)
    {
        var s = One(sentence);
        Assert.Equal(("kp-kim-jong-un", words, kind), (s.SpeakerKey, s.Text, s.Kind));
    }

    // As the real corpora count relays (attributed_via: a news agency, a spokesperson, a president), the words are the
    // relayed speaker's whoever named relays them.
    [Theory]
    [InlineData("조선중앙통신은 김정은 국무위원장이 핵무력을 강화해야 한다고 강조했다고 전했다.", "kp-kim-jong-un")]
    [InlineData("김정은 국무위원장은 \"핵무력을 계속 강화할 것\"이라고 말했다고 이재명 대통령이 전했다.", "kp-kim-jong-un")]
    [InlineData("이재명 대통령은 김정은 위원장이 \"대화를 원한다\"고 말했다고 전했다.", "kp-kim-jong-un")]
    [InlineData("이재명 대통령은 통일부가 \"대화를 재개해야 한다\"고 말했다고 전했다.", "kr-unification-ministry")]
    [InlineData("이재명 대통령은 통일부가 대화를 재개해야 한다고 말했다고 전했다.", "kr-unification-ministry")]
    public void A_named_relay_gives_the_words_to_the_relayed_speaker(string sentence, string speaker) =>
        Assert.Equal(speaker, One(sentence).SpeakerKey);

    [Theory]
    [InlineData("김정은 국무위원장은 \"핵무력을 계속 강화할 것\"이라고 말했다고 한 소식통이 전했다.")]
    [InlineData("북한 소식통은 김정은 국무위원장이 \"핵무력을 계속 강화할 것\"이라고 말했다고 전했다.")]
    public void A_relay_by_someone_unnamed_gives_nothing(string sentence) =>
        Assert.Empty(Statements(sentence));

    [Fact]
    public void Indirect_speech_is_the_clause_before_dago()
    {
        var s = One("이재명 대통령은 29일 경주에서 열린 회의에서 북한과의 대화를 재개해야 한다고 말했다.");
        Assert.Equal(("kr-lee-jae-myung", StatementKind.Indirect, "북한과의 대화를 재개해야 한다"), (s.SpeakerKey, s.Kind, s.Text));
    }

    [Fact]
    public void Chained_quotes_are_one_statement_of_one_sentence()
    {
        var s = Assert.Single(Statements("김정은 국무위원장은 \"우리는 대화를 거부하지 않는다\"며 \"미국이 먼저 태도를 바꿔야 한다\"고 말했다."));
        Assert.Equal(("kp-kim-jong-un", "우리는 대화를 거부하지 않는다 … 미국이 먼저 태도를 바꿔야 한다"), (s.SpeakerKey, s.Text));
    }

    [Fact]
    public void A_surname_and_title_is_the_person_named_in_full_before()
    {
        var found = Statements("이재명 대통령은 \"대화의 문은 열려 있다\"고 말했다. 정부는 후속 조치를 검토하고 있다. 이 대통령은 \"평화가 곧 경제\"라고 강조했다.");
        Assert.Equal(2, found.Count);
        Assert.Equal(("kr-lee-jae-myung", "평화가 곧 경제"), (found[1].SpeakerKey, found[1].Text));
    }

    [Fact]
    public void A_follow_up_sentence_without_a_subject_continues_the_speaker()
    {
        var found = Statements("정동영 통일부 장관은 \"남북 연락 채널을 복원하겠다\"고 밝혔다. 이어 \"북측의 호응을 기대한다\"고 덧붙였다. 그는 대화가 필요하다고 강조했다.");
        Assert.Equal(3, found.Count);
        Assert.All(found, s => Assert.Equal("kr-chung-dong-young", s.SpeakerKey));
        Assert.Equal("대화가 필요하다", found[2].Text);
    }

    [Fact]
    public void Institutions_and_their_spokespersons_speak_for_them()
    {
        Assert.Equal("kr-unification-ministry", One("통일부는 \"북측의 반응을 지켜보고 있다\"고 밝혔다.").SpeakerKey);
        Assert.Equal("kr-unification-ministry", One("통일부 대변인은 \"북측의 반응을 지켜보고 있다\"고 말했다.").SpeakerKey);
    }

    [Theory]
    [InlineData("정부 관계자는 \"북한과의 대화를 재개해야 한다\"고 말했다.")]
    [InlineData("한 소식통은 \"북한과의 대화를 재개해야 한다\"고 전했다.")]
    [InlineData("통일부 당국자는 \"북측의 반응을 지켜보고 있다\"고 말했다.")]
    [InlineData("북한 당국은 \"대화에 관심이 없다\"고 밝혔다.")]
    [InlineData("북한 매체는 김정은 위원장이 대화에 관심이 없다고 밝혔다.")]
    [InlineData("통일부 장관은 \"북측의 반응을 지켜보고 있다\"고 말했다.")]
    [InlineData("이재명 대통령의 발언에 대해 외교부 관계자는 \"검토 중\"이라고 말했다.")]
    [InlineData("이재명 대통령의 제안에 대해 \"검토할 가치가 있다\"는 평가가 나왔다.")]
    [InlineData("김 \"대화를 재개해야 한다\"고 말했다.")]
    [InlineData("김은 \"대화를 재개해야 한다\"고 말했다.")]
    [InlineData("김 위원장은 \"대화를 재개해야 한다\"고 말했다.")]
    [InlineData("이재명 대통령과 트럼프 대통령은 \"대화를 재개해야 한다\"고 말했다.")]
    [InlineData("조현병 환자는 \"대화를 재개해야 한다\"고 말했다.")]
    [InlineData("중국 외교부는 \"대화를 지지한다\"고 밝혔다.")]
    [InlineData("야당은 북한과의 대화를 재개해야 한다고 말했다.")]
    [InlineData("이재명 대통령이 언급한 대화 재개에 대해 통일부 당국자는 \"검토하겠다\"고 말했다.")]
    public void Unnamed_or_uncertain_speakers_get_nothing(string sentence) =>
        Assert.Empty(Statements(sentence));

    [Fact]
    public void A_run_on_blob_gives_no_one_else_anything_and_ends()
    {
        // Sentences glued by "다." (as scraped Korean often is) are still sentences: the first glued one continues Lee.
        var blob = "이재명 대통령은 \"대화가 필요하다\"고 말했다." + string.Concat(Enumerable.Repeat("북한과의 대화를 재개해야 한다고 말했다.말했다.", 20_000));
        var found = Statements(blob);
        Assert.Equal("대화가 필요하다", found[0].Text);
        Assert.InRange(found.Count, 1, 2);
        Assert.All(found, s => Assert.Equal("kr-lee-jae-myung", s.SpeakerKey));
    }

    [Theory]
    [InlineData("\"대화의 문은 열려 있다\"라고 이 대통령은 말했다.", "kr-lee-jae-myung")]
    [InlineData("\"대화의 문은 열려 있다\"고 이재명 대통령은 말했다.", "kr-lee-jae-myung")]
    [InlineData("\"대화의 문은 열려 있다\"고 정부 당국자가 말했다.", null)]
    [InlineData("이재명 대통령은 \"대화의 문은 열려 있다\"고 말했고, 야당 대표는 \"시기상조\"라고 밝혔다.", null)] // one report per sentence: the last clause's, whose speaker is unnamed
    public void A_speaker_after_the_quote_never_lets_it_go_to_the_previous_speaker(string sentence, string? speaker)
    {
        var found = Statements("트럼프 대통령은 \"김정은 위원장을 만나고 싶다\"고 말했다. " + sentence);
        Assert.Equal("us-donald-trump", found[0].SpeakerKey);
        Assert.Equal(speaker is null ? [] : [speaker], found.Skip(1).Select(s => s.SpeakerKey));
        Assert.DoesNotContain(found, s => s.Text.Contains("시기상조", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("양무진 북한대학원대 총장은 \"대미 메시지 성격이 강하다\"고 말했다.", "양무진")]
    [InlineData("조한범 통일연구원 선임연구위원은 \"대미 메시지 성격이 강하다\"고 말했다.", "조한범")]
    [InlineData("고이즈미 신지로 일본 방위상은 \"결코 용납할 수 없다\"고 말했다.", "고이즈미 신지로")]
    [InlineData("캐롤라인 레빗 백악관 대변인은 \"대화할 준비가 돼 있다\"고 말했다.", "캐롤라인 레빗")]
    [InlineData("조한범 통일연구원 통일전략센터장은 \"대화의 문은 열려 있다\"고 말했다.", "조한범")]
    [InlineData("한편 조한범 이화여대 북한학과 교수도 28일 통화에서 \"대화의 문은 열려 있다\"고 봤다.", "조한범")]
    [InlineData("일본 정부 대변인인 기하라 미노루 관방장관은 \"한중 관계를 주시하고 있다\"고 말했다.", "기하라 미노루")]
    [InlineData("마코 루비오 미 국무장관은 성명을 내고 \"한국과의 동맹은 철통같다\"고 밝혔다.", "마코 루비오")]
    [InlineData("왕이(王毅) 중국 외교부장은 회담 후 기자들에게 \"성과가 많은 회담이었다\"고 평가했다.", "왕이")]
    public void Analysts_and_officials_the_catalog_lacks_speak_under_their_own_names(string sentence, string name) =>
        Assert.Equal(name, One(sentence).SpeakerName);

    [Theory]
    [InlineData("로이터통신은 백악관 관계자를 인용해 \"구체적인 회담 계획은 없다\"고 전했다.")]
    [InlineData("레빗 백악관 대변인은 \"대화할 준비가 돼 있다\"고 말했다.")]
    [InlineData("정부는 트럼프 대통령도 만나 \"대화할 준비가 돼 있다\"고 말했다.")]
    public void Words_cited_from_someone_unnamed_or_unresolved_go_to_no_one(string sentence) =>
        Assert.Empty(Statements(sentence));

    [Fact]
    public void A_broadcast_caption_gives_the_soundbite_to_the_captioned_official()
    {
        var found = Statements("[리포트]\n북한이 미사일을 발사했습니다.\n[녹취] 정동영/통일부 장관 : \"북측의 호응을 기대합니다.\"\n"
            + "[조한범 / 통일연구원 선임연구위원 : 협상력을 높이려는 의도로 보입니다.]\n[이영희/시민 : 너무 불안해요.]\n[김/기자 : 북한이 발사했습니다.]");
        Assert.Equal([("kr-chung-dong-young", "북측의 호응을 기대합니다"), ("조한범", "협상력을 높이려는 의도로 보입니다")],
            found.Select(s => (s.SpeakerKey.StartsWith("discovered:", StringComparison.Ordinal) ? s.SpeakerName : s.SpeakerKey, s.Text)));
    }

    [Fact]
    public void A_follow_up_sentence_after_someone_else_spoke_is_not_continued()
    {
        var found = Statements("이재명 대통령은 \"대화의 문은 열려 있다\"고 말했다. 정부 관계자는 \"검토 중\"이라고 말했다. 이어 \"결정된 것은 없다\"고 덧붙였다.");
        Assert.Equal("kr-lee-jae-myung", Assert.Single(found).SpeakerKey);
    }

    [Theory]
    [InlineData("이재명 대통령은 29일 \"대화가 필요하다\"고 말했다.", "2025-10-29")]
    [InlineData("이재명 대통령은 지난 18일 \"대화가 필요하다\"고 말했다.", "2025-10-18")]
    [InlineData("이재명 대통령은 30일 \"대화가 필요하다\"고 말했다.", "2025-09-30")]
    [InlineData("이재명 대통령은 어제 \"대화가 필요하다\"고 말했다.", "2025-10-28")]
    [InlineData("이재명 대통령은 오늘 \"대화가 필요하다\"고 말했다.", "2025-10-29")]
    [InlineData("이재명 대통령은 2025년 10월 2일 \"대화가 필요하다\"고 말했다.", "2025-10-02")]
    [InlineData("이재명 대통령은 \"대화가 필요하다\"고 말했다.", "2025-10-29")]
    [InlineData("이재명 대통령은 다음 달 10일 회담을 열겠다고 말했다.", "2025-10-29")]
    public void Korean_dates_date_the_statement(string sentence, string day) =>
        Assert.Equal(day, One(sentence).SaidOn?.ToIsoString());
}
