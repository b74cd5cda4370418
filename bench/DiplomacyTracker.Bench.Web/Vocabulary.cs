namespace DiplomacyTracker.Bench.Web;

/// <summary>Words and names for synthetic statements: common words often, rare words rarely (roughly Zipf).</summary>
internal static class Vocabulary
{
    public static readonly string[] Words =
    [
        "the", "we", "will", "talks", "peace", "Korea", "North", "South", "United", "States", "dialogue", "summit", "sanctions",
        "nuclear", "denuclearization", "alliance", "security", "cooperation", "missile", "launch", "peninsula", "Pyongyang", "Seoul",
        "Washington", "Beijing", "Tokyo", "trade", "tariffs", "economy", "investment", "military", "exercises", "deterrence",
        "stability", "region", "partners", "negotiations", "agreement", "framework", "sovereignty", "humanitarian", "aid", "families",
        "reunion", "border", "ceasefire", "armistice", "treaty", "normalization", "diplomacy", "envoy", "minister", "president",
        "chairman", "leader", "meeting", "visit", "invitation", "proposal", "commitment", "trust", "verification", "inspection",
        "enrichment", "uranium", "plutonium", "reactor", "Yongbyon", "test", "provocation", "restraint", "patience", "pressure",
        "engagement", "channel", "hotline", "communication", "goodwill", "gesture", "future", "generation", "history", "apology",
        "compensation", "shipbuilding", "semiconductors", "supply", "chains", "energy", "climate", "APEC", "Gyeongju", "G20",
        "pacemaker", "peacemaker", "momentum", "breakthrough", "setback", "deadlock", "progress", "resume", "stalled", "urgent",
    ];

    public static readonly string[] HangulSentences =
    [
        "한반도 평화를 위해 대화가 필요하다", "북한의 비핵화는 우리의 목표다", "한미 동맹은 굳건하다",
        "정상회담이 곧 열릴 것이다", "경제 협력을 강화하겠다", "이산가족 상봉을 추진하겠다",
    ];

    public static readonly (string Given, string Hangul)[] Surnames =
    [
        ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"),
        ("Jang", "장"), ("Lim", "임"), ("Han", "한"), ("Oh", "오"), ("Seo", "서"), ("Shin", "신"), ("Kwon", "권"), ("Hwang", "황"),
    ];

    public static readonly (string Roman, string Hangul)[] GivenNames =
    [
        ("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-ho", "지호"), ("Ha-eun", "하은"), ("Do-yun", "도윤"), ("Soo-ah", "수아"),
        ("Jae-won", "재원"), ("Yu-jin", "유진"), ("Hyun-woo", "현우"), ("Ji-woo", "지우"), ("Sung-lac", "성락"), ("Kyung-wha", "경화"),
    ];

    /// <summary>An index skewed toward the start of the list (word 0 most frequent).</summary>
    public static int Skewed(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 2.2));
}
