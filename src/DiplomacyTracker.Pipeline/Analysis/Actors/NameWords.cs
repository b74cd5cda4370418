namespace DiplomacyTracker.Analysis;

/// <summary>The small word lists name handling needs: title words, nationality adjectives, non-name capitalised words.</summary>
internal static class NameWords
{
    /// <summary>Words that may appear in a title written before a name ("North Korean leader", "Unification Minister").</summary>
    public static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "chairman", "chairwoman", "leader", "minister", "ambassador", "adviser", "advisor", "secretary",
        "envoy", "representative", "spokesperson", "spokesman", "spokeswoman", "director", "chief", "deputy", "vice",
        "first", "foreign", "unification", "defense", "defence", "national", "security", "state", "prime", "special",
        "general", "supreme", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "former", "premier",
        "chancellor", "king", "lady", "north", "south", "korean", "korea", "u", "s", "us", "american", "chinese",
        "japanese", "russian", "top", "nuclear", "negotiator", "lawmaker", "party", "commander", "intelligence",
        "trade", "finance", "ministry", "department", "policy", "assistant", "acting", "then", "chair", "speaker",
        "counselor", "officer", "sister", "wife", "brother", "principal", "senior", "executive", "head", "de", "facto",
        "press", "lady", "madam", "his", "her", "presidential", "ruling", "opposition", "party's", "attorney",
    };

    /// <summary>Words in a title that constrain the role ("President Lee" must have held a presidency).</summary>
    public static readonly string[] OfficeWords =
    [
        "president", "chairman", "leader", "minister", "ambassador", "adviser", "secretary", "envoy",
        "spokesperson", "director", "governor", "premier", "chancellor", "representative", "negotiator", "senator",
    ];

    /// <summary>Nouns that describe what someone is in an appositive ("Yang Moo-jin, president of the University of North
    /// Korean Studies,", "Victor Cha, a Korea expert at CSIS,"): an appositive holds one, a clause usually does not.</summary>
    public static readonly HashSet<string> DescriptionNouns = new(StringComparer.Ordinal)
    {
        "president", "director", "head", "chief", "professor", "analyst", "expert", "researcher", "fellow", "scholar",
        "spokesperson", "spokesman", "spokeswoman", "official", "minister", "ambassador", "adviser", "advisor", "secretary",
        "commander", "chairman", "chairwoman", "chair", "lawmaker", "member", "founder", "editor", "economist", "correspondent",
        "representative", "envoy", "negotiator", "governor", "lecturer", "dean", "officer", "lawyer", "attorney", "author",
        "strategist", "diplomat", "consultant", "leader", "manager", "specialist", "partner", "ceo", "vice", "deputy",
        "sister", "brother", "wife", "husband", "daughter", "son", "defector", "veteran", "researchers", "analysts",
    };

    /// <summary>Nationality words in a title and the country code they imply.</summary>
    public static readonly Dictionary<string, string> Nationalities = new(StringComparer.Ordinal)
    {
        ["north korean"] = "KP", ["south korean"] = "KR", ["american"] = "US", ["us"] = "US", ["u s"] = "US",
        ["chinese"] = "CN", ["japanese"] = "JP", ["russian"] = "RU",
    };

    /// <summary>Nouns after a name that make it a modifier, not a person acting ("the Trump administration").</summary>
    public static readonly HashSet<string> ModifierNouns = new(StringComparer.Ordinal)
    {
        "administration", "administrations", "government", "era", "regime", "camp", "cabinet", "family", "team",
        "campaign", "tenure", "presidency", "doctrine", "policy", "aides", "aide", "spokesperson", "spokesman",
        "spokeswoman", "officials", "official", "side", "envoy", "office", "years", "style", "supporters", "allies",
    };

    /// <summary>Capitalised words that start sentences but are never part of a name.</summary>
    public static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "but", "or", "however", "still", "then", "when", "while", "after", "before", "as",
        "if", "since", "although", "though", "meanwhile", "also", "yet", "so", "even", "in", "on", "at", "for", "with",
        "by", "from", "to", "of", "this", "that", "these", "those", "his", "her", "their", "its", "he", "she", "they",
        "we", "it", "i", "said", "says", "told", "during", "previously", "earlier", "later", "last", "next", "both",
        "according", "adding", "speaking", "separately", "instead", "indeed", "nevertheless", "moreover", "under",
        "unlike", "like", "despite", "amid", "following", "today", "yesterday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "summit", "talks", "meeting",
    };

    /// <summary>Korean surnames in romanisation, used to decide which end of a discovered name is the surname.</summary>
    public static readonly HashSet<string> KoreanSurnames = new(StringComparer.Ordinal)
    {
        "kim", "lee", "yi", "ri", "park", "pak", "choi", "choe", "chung", "jung", "jeong", "cho", "jo", "kang", "yoon",
        "yun", "wi", "moon", "mun", "han", "lim", "im", "oh", "shin", "ahn", "an", "hwang", "song", "yoo", "yu", "hong",
        "jang", "ko", "go", "seo", "suh", "kwon", "hwang", "baek", "paik", "nam", "noh", "roh", "ban", "chun", "jeon",
        "ha", "kwak", "yang", "son", "bae", "heo", "huh", "nam", "ryu", "min", "woo", "won", "choo", "chu", "pyon",
    };

    /// <summary>Chinese surnames common among officials, for the same purpose.</summary>
    public static readonly HashSet<string> ChineseSurnames = new(StringComparer.Ordinal)
    {
        "xi", "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
        "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei",
    };
}
