namespace DiplomacyTracker.Analysis;

/// <summary>Summit venues and how to write them ("Gyeongju" → "Gyeongju, South Korea"); countries and regions are marked
/// so a table's "Hanoi | Vietnam" becomes "Hanoi, Vietnam" and "Singapore | Sentosa Island" becomes "Sentosa Island, Singapore".</summary>
internal static class PlaceNames
{
    private static readonly Dictionary<string, (string Display, bool Broad, bool Metonym)> Places = new(StringComparer.Ordinal)
    {
        ["gyeongju"] = ("Gyeongju, South Korea", false, false), ["seoul"] = ("Seoul, South Korea", false, true),
        ["busan"] = ("Busan, South Korea", false, false), ["jeju"] = ("Jeju, South Korea", false, false),
        ["incheon"] = ("Incheon, South Korea", false, false), ["pyongyang"] = ("Pyongyang, North Korea", false, true),
        ["panmunjom"] = ("Panmunjom", false, false), ["kaesong"] = ("Kaesong, North Korea", false, false),
        ["washington"] = ("Washington, United States", false, true), ["new york"] = ("New York, United States", false, false),
        ["mar a lago"] = ("Mar-a-Lago, United States", false, false), ["camp david"] = ("Camp David, United States", false, false),
        ["hawaii"] = ("Hawaii, United States", false, false), ["singapore"] = ("Singapore", false, false),
        ["sentosa"] = ("Sentosa Island, Singapore", false, false), ["hanoi"] = ("Hanoi, Vietnam", false, false),
        ["da nang"] = ("Da Nang, Vietnam", false, false), ["beijing"] = ("Beijing, China", false, true),
        ["shanghai"] = ("Shanghai, China", false, false), ["tokyo"] = ("Tokyo, Japan", false, true),
        ["osaka"] = ("Osaka, Japan", false, false), ["hiroshima"] = ("Hiroshima, Japan", false, false),
        ["moscow"] = ("Moscow, Russia", false, true), ["vladivostok"] = ("Vladivostok, Russia", false, false),
        ["helsinki"] = ("Helsinki, Finland", false, false), ["geneva"] = ("Geneva, Switzerland", false, false),
        ["ulaanbaatar"] = ("Ulaanbaatar, Mongolia", false, false), ["bali"] = ("Bali, Indonesia", false, false),
        ["jakarta"] = ("Jakarta, Indonesia", false, false), ["manila"] = ("Manila, Philippines", false, false),
        ["kuala lumpur"] = ("Kuala Lumpur, Malaysia", false, false), ["phnom penh"] = ("Phnom Penh, Cambodia", false, false),
        ["vientiane"] = ("Vientiane, Laos", false, false), ["bangkok"] = ("Bangkok, Thailand", false, false),
        ["lima"] = ("Lima, Peru", false, false), ["san francisco"] = ("San Francisco, United States", false, false),
        ["vietnam"] = ("Vietnam", true, false), ["china"] = ("China", true, true), ["japan"] = ("Japan", true, true),
        ["russia"] = ("Russia", true, true), ["south korea"] = ("South Korea", true, true), ["north korea"] = ("North Korea", true, true),
        ["korean demilitarized zone"] = ("Korean Demilitarized Zone", true, false), ["dmz"] = ("Korean Demilitarized Zone", true, false),
        ["demilitarized zone"] = ("Korean Demilitarized Zone", true, false),
        ["peace house"] = ("Peace House, Panmunjom", false, false), ["freedom house"] = ("Freedom House, Panmunjom", false, false),
        ["tongilgak"] = ("Tongilgak, Panmunjom", false, false), ["white house"] = ("White House, Washington", false, false),
        ["kremlin"] = ("Kremlin, Moscow", false, true), ["blue house"] = ("Cheong Wa Dae, Seoul", false, true),
        ["cheong wa dae"] = ("Cheong Wa Dae, Seoul", false, true), ["gimhae"] = ("Gimhae, South Korea", false, false),
        ["kananaskis"] = ("Kananaskis, Canada", false, false), ["calgary"] = ("Calgary, Canada", false, false),
        ["dalian"] = ("Dalian, China", false, false), ["tianjin"] = ("Tianjin, China", false, false),
        ["sochi"] = ("Sochi, Russia", false, false), ["khabarovsk"] = ("Khabarovsk, Russia", false, false),
        ["wonsan"] = ("Wonsan, North Korea", false, false), ["london"] = ("London, United Kingdom", false, false),
        ["paris"] = ("Paris, France", false, false), ["berlin"] = ("Berlin, Germany", false, false),
        ["brussels"] = ("Brussels, Belgium", false, false), ["hague"] = ("The Hague, Netherlands", false, false),
        ["vilnius"] = ("Vilnius, Lithuania", false, false), ["madrid"] = ("Madrid, Spain", false, false),
        ["sydney"] = ("Sydney, Australia", false, false), ["canberra"] = ("Canberra, Australia", false, false),
        ["honolulu"] = ("Honolulu, United States", false, false), ["kyoto"] = ("Kyoto, Japan", false, false),
        ["canada"] = ("Canada", true, false), ["united states"] = ("United States", true, true),
        ["chengdu"] = ("Chengdu, China", false, false), ["guangzhou"] = ("Guangzhou, China", false, false),
        ["hangzhou"] = ("Hangzhou, China", false, false), ["qingdao"] = ("Qingdao, China", false, false),
        ["hong kong"] = ("Hong Kong, China", false, false), ["nagoya"] = ("Nagoya, Japan", false, false),
        ["yokohama"] = ("Yokohama, Japan", false, false), ["fukuoka"] = ("Fukuoka, Japan", false, false),
        ["daegu"] = ("Daegu, South Korea", false, false), ["gwangju"] = ("Gwangju, South Korea", false, false),
        ["ulsan"] = ("Ulsan, South Korea", false, false), ["goyang"] = ("Goyang, South Korea", false, false),
        ["pyeongchang"] = ("Pyeongchang, South Korea", false, false), ["yongsan"] = ("Yongsan, Seoul", false, true),
        ["vostochny"] = ("Vostochny Cosmodrome, Russia", false, false), ["st petersburg"] = ("St. Petersburg, Russia", false, false),
        ["los angeles"] = ("Los Angeles, United States", false, false), ["anchorage"] = ("Anchorage, United States", false, false),
        ["new delhi"] = ("New Delhi, India", false, false), ["ottawa"] = ("Ottawa, Canada", false, false),
        ["rome"] = ("Rome, Italy", false, false), ["warsaw"] = ("Warsaw, Poland", false, false),
        ["astana"] = ("Astana, Kazakhstan", false, false), ["tashkent"] = ("Tashkent, Uzbekistan", false, false),
        ["ho chi minh city"] = ("Ho Chi Minh City, Vietnam", false, false), ["davos"] = ("Davos, Switzerland", false, false),
    };

    /// <summary>Places by first word, longest first, so a lookup compares tokens without building strings.</summary>
    private static readonly Dictionary<string, (string[] Words, (string Display, bool Broad, bool Metonym) Place)[]> ByFirstWord =
        Places.GroupBy(p => p.Key.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key.Split(' '), p.Value)).OrderByDescending(p => p.Item1.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>A place starting at token <paramref name="i"/>: (display, broad, metonym, tokens used), or null.</summary>
    public static (string Display, bool Broad, bool Metonym, int Length)? At(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i >= end || !ByFirstWord.TryGetValue(tokens[i].Norm, out var candidates)) return null;
        foreach (var (words, place) in candidates)
        {
            if (i + words.Length > end) continue;
            var match = true;
            for (var w = 1; w < words.Length && match; w++) match = tokens[i + w].Norm == words[w];
            if (match) return (place.Display, place.Broad, place.Metonym, words.Length);
        }
        return null;
    }

    /// <summary>How a place is written from its lower-case English name ("gyeongju" → "Gyeongju, South Korea"), or null.</summary>
    public static string? Display(string key) => Places.TryGetValue(key, out var p) ? p.Display : null;

    /// <summary>True for countries and regions ("Vietnam", "Korean Demilitarized Zone").</summary>
    public static bool IsBroad(string cell) =>
        Places.TryGetValue(ActorCatalog.NormalizeName(cell), out var p) && p.Broad;
}
