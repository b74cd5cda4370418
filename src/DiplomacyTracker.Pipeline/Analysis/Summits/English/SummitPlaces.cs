namespace DiplomacyTracker.Analysis;

/// <summary>A place written in a sentence, its tokens [Start, End), and how it attaches ("in", "visit", "before").</summary>
internal sealed record PlaceHit(Place Place, int Start, int End, string How);

/// <summary>
/// Where a meeting is: the finest gazetteer place or named venue the meeting's clause puts it in ("in Hanoi", "at Camp
/// David", "in the Oval Office of the White House", "the northeastern city of Dalian", "the Singapore summit"), the places
/// a visit goes to ("visit the Republic of Korea and Japan", "arrived in North Korea"), and "here" for the dateline's
/// city. A capital standing for its government ("Seoul's proposal", "talks between Washington and Pyongyang") and a
/// country after a "to" that is no journey ("responses to China") are not places.
/// </summary>
internal static class SummitPlaces
{
    private static readonly HashSet<string> Locative = new(StringComparer.Ordinal) { "in", "at", "on", "near", "inside", "outside" };

    private static readonly HashSet<string> Journey = new(StringComparer.Ordinal)
    {
        "visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "traveled", "travelled", "traveling",
        "travelling", "come", "comes", "came", "coming", "go", "goes", "went", "going", "head", "heads", "headed", "heading",
        "fly", "flies", "flew", "flying", "journey", "tour", "arrive", "arrives", "arrived", "arriving", "depart", "departs",
        "departed", "departing", "invitation", "invited", "welcome", "welcomed", "return", "returned", "returns",
    };

    /// <summary>The place (gazetteer or venue, the longer) whose words start at token <paramref name="k"/>; "the South Korean
    /// capital" is Seoul.</summary>
    public static (Place Place, int Length)? At(SummitSentence s, int k, int end)
    {
        if (Countries.At(s.Text, s.Tokens, k) is { } country && s.Norm(k + country.Length) == "capital" && Gazetteer.CapitalOf(country.Code) is { } capital)
            return (capital, country.Length + 1);
        var place = Gazetteer.At(s.Tokens, k, end);
        if (Venues.At(s.Text, s.Tokens, k, end) is { } venue && venue.Length > (place?.Length ?? 0)) place = venue;
        return place;
    }

    /// <summary>Where a visit or invitation goes: the places right after "visit", "to", "in" ("arrived in"), "for" ("depart for"),
    /// "of" ("tour of"); several joined by "and" are several destinations.</summary>
    public static List<PlaceHit> Destinations(SummitSentence s, Trigger t, int end)
    {
        var found = new List<PlaceHit>();
        if (t.Kind is not (TriggerKind.Visit or TriggerKind.Invitation)) return found;
        var k = t.Index + 1;
        // "an invitation to Kim to come to the DMZ", "invited Putin to visit Pyongyang", "visit by Moon to the North"
        for (var guard = 0; k < end && guard < 14; guard++, k++)
        {
            var n = s.Norm(k);
            if (n is "to" or "in" or "for" or "of" || Journey.Contains(n)) { if (PlaceAfter(s, k + 1, end) is { } hit) { found.Add(hit); k = hit.End; break; } continue; }
            if (k == t.Index + 1 && PlaceAfter(s, k, end) is { } direct) { found.Add(direct with { How = "visit" }); k = direct.End; break; }
            if (s.CommaAfter(k)) break;
        }
        // "the Republic of Korea and Japan"
        while (found.Count > 0 && k < end && s.Norm(k) == "and" && PlaceAfter(s, k + 1, end) is { } more) { found.Add(more); k = more.End; }
        return found;
    }

    private static PlaceHit? PlaceAfter(SummitSentence s, int k, int end)
    {
        if (s.Norm(k) is "the") k++;
        if (k >= end) return null;
        // "the North" (after a visit word, in Korea news) is North Korea.
        if (s.Norm(k) is "north" or "south" && s.Tokens[k].Capitalized && (k + 1 >= end || !s.Tokens[k + 1].Capitalized))
            return Gazetteer.Find(s.Norm(k) == "north" ? "North Korea" : "South Korea") is { } korea ? new PlaceHit(korea, k, k + 1, "to") : null;
        if (At(s, k, end) is not { } p || s.PossessiveAfter(k + p.Length - 1) && p.Place.Level != PlaceLevel.Region) return null;
        return new PlaceHit(p.Place, k, k + p.Length, "to");
    }

    /// <summary>Every place the clause [start, end) puts something in, with how it attaches; capitals and countries only
    /// after a locative or journey word or right before the meeting word.</summary>
    public static List<PlaceHit> InClause(SummitSentence s, int ti, int start, int end)
    {
        var found = new List<PlaceHit>();
        for (var k = start; k < end; k++)
        {
            if (At(s, k, end) is not { } p) continue;
            var last = k + p.Length - 1;
            if (s.InOtherRelativeClause(k, ti)) { k = last; continue; }
            var before = k - 1 >= start && s.Norm(k - 1) is "the" or "a" ? k - 2 : k - 1;
            var prep = before >= start ? s.Norm(before) : "";
            var how = Locative.Contains(prep) ? "in"
                : prep == "to" && JourneyBefore(s, before, start) ? "to"
                : prep == "for" && before - 1 >= start && s.Norm(before - 1) is "depart" or "departs" or "departed" or "departing" or "leave" or "left" or "leaves" ? "to"
                : prep == "of" && before - 1 >= start && s.Norm(before - 1) is "city" or "village" or "town" or "capital" or "island" or "resort" or "port" ? "in"
                : prep == "for" && before - 1 >= start && s.Norm(before - 1) is "scheduled" or "slated" or "set" or "planned" ? "in"
                : Journey.Contains(prep) && prep.StartsWith("visit", StringComparison.Ordinal) ? "visit"
                : last + 1 == ti || (last < ti && AllModifiers(s, last + 1, ti)) ? "before"
                : "";
            var possessive = s.PossessiveAfter(last) && p.Place.Level != PlaceLevel.Region;
            // "the U.S.-Japan-South Korea meeting", "a Seoul summit" read as the government: a country or capital before the
            // meeting word names a party, not where it is.
            if (how == "before" && (p.Place.Level == PlaceLevel.Country || p.Place.Metonym || s.GapAfter(last).IndexOfAny("-\u2013") >= 0
                || (k > start && s.GapAfter(k - 1).IndexOfAny("-\u2013") >= 0))) how = "";
            if (how.Length == 0 || possessive || (how == "before" && s.MentionStartingAt(last + 1) is not null)) { k = last; continue; }
            found.Add(new PlaceHit(p.Place, k, last + 1, how));
            k = last;
        }
        return found;
    }

    /// <summary>"visit to", "travelled by armoured train to": a journey word up to four words before the "to".</summary>
    private static bool JourneyBefore(SummitSentence s, int to, int start)
    {
        for (var k = to - 1; k >= start && k >= to - 4; k--)
        {
            if (Journey.Contains(s.Norm(k)) || s.Norm(k) == "way") return true;
            if (s.CommaAfter(k)) return false;
        }
        return false;
    }

    /// <summary>"with the border village of Panmunjom a possible venue", "citing Panmunjom … as the likely location": the place
    /// the sentence names as the meeting's venue, or null.</summary>
    public static PlaceHit? NamedVenue(SummitSentence s)
    {
        for (var k = s.First + 1; k < s.Last; k++)
        {
            if (s.Norm(k) is not ("venue" or "location" or "site") || s.InQuote(k)) continue;
            var j = k - 1;
            while (j > s.First && s.Norm(j) is "possible" or "likely" or "proposed" or "potential" or "preferred" or "probable" or "candidate") j--;
            if (s.Norm(j) is not ("a" or "the")) continue;
            if (s.Norm(j - 1) == "as") j--;
            // The place written just before ("Panmunjom a possible venue", "Panmunjom, the inter-Korean truce village on the border, as the likely location").
            PlaceHit? found = null;
            for (var p = Math.Max(s.First, j - 12); p < j; p++)
                if (At(s, p, j) is { } hit && hit.Place.Level >= PlaceLevel.City) { found = new PlaceHit(hit.Place, p, p + hit.Length, "venue"); p += hit.Length - 1; }
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>Every place a heading line names ("FIRST SUMMIT, PYONGYANG (June 13-15, 2000)").</summary>
    public static List<PlaceHit> Anywhere(SummitSentence s)
    {
        var found = new List<PlaceHit>();
        for (var k = s.First; k < s.Last; k++)
            if (At(s, k, s.Last) is { } p) { found.Add(new PlaceHit(p.Place, k, k + p.Length, "heading")); k += p.Length - 1; }
        return found;
    }

    /// <summary>"In Tokyo, President Biden will also meet …": the place a sentence opens with, before the meeting's clause.</summary>
    public static List<PlaceHit> LeadingPlace(SummitSentence s, int clauseStart)
    {
        var k = s.First;
        if (s.Norm(k) is not ("in" or "at")) return [];
        k++;
        if (s.Norm(k) == "the") k++;
        if (At(s, k, s.Last) is not { } p || !s.CommaAfter(k + p.Length - 1)) return [];
        return [new PlaceHit(p.Place, k, k + p.Length, "in")];
    }

    private static bool AllModifiers(SummitSentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!SummitWords.Modifiers.Contains(s.Norm(k)) && s.Norm(k) is not ("inter" or "korean" or "apec" or "g20" or "asean")) return false;
        return true;
    }

    /// <summary>The finest place of those found, nearest the meeting word among equals.</summary>
    public static PlaceHit? Finest(IEnumerable<PlaceHit> hits, int ti) =>
        hits.OrderByDescending(h => h.Place.Level).ThenBy(h => Math.Min(Math.Abs(h.Start - ti), Math.Abs(h.End - 1 - ti))).FirstOrDefault();

    private static readonly HashSet<string> MeetingWords = new(StringComparer.Ordinal)
    {
        "summit", "summits", "meet", "meets", "met", "meeting", "talks", "visit", "visits", "trilateral", "bilateral",
    };

    /// <summary>The one city or venue a headline places a meeting in ("Trump and Kim Jong Un abruptly cut short Hanoi summit",
    /// "President Yoon returns home after 1st summit with China in Bali"), or null.</summary>
    public static Place? OfHeadline(string title)
    {
        var tokens = WordTokenizer.Tokenize(title);
        if (!tokens.Any(t => MeetingWords.Contains(t.Norm))) return null;
        Place? found = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Gazetteer.At(tokens, k, tokens.Count) is not { } p) continue;
            k += p.Length - 1;
            // A country or a region of the world is too broad; an island or province of one country is not ("… summit with China in Bali").
            if (p.Place.Level is PlaceLevel.Country || p.Place.Level is PlaceLevel.Region && p.Place.CountryCode is null) continue;
            if (found is not null && found != p.Place) return null;
            found = p.Place;
        }
        return found;
    }

    /// <summary>"here": the dateline's city ("GYEONGJU, Oct. 29 (Yonhap) --", "HANOI (AP) —"), when the article has one the
    /// gazetteer knows: the capitalised place among the ten words before the first dash of the article's opening.</summary>
    public static Place? Dateline(AnalysedDocument doc)
    {
        var text = doc.Text;
        var limit = Math.Min(text.Length, 400);
        var dash = text.IndexOf("--", 0, limit, StringComparison.Ordinal);
        var emDash = text.IndexOf('\u2014', 0, limit);
        if (dash < 0 || (emDash >= 0 && emDash < dash)) dash = emDash;
        if (dash < 0) return null;
        var end = TokenIndex.FirstAtOrAfter(doc.Tokens, dash);
        for (var i = end - 1; i >= 0 && i >= end - 10; i--)
        {
            if (!doc.Tokens[i].AllUpper || doc.Tokens[i].Norm.Length < 3) continue;
            var first = i;
            while (first > 0 && doc.Tokens[first - 1].AllUpper && WordTokenizer.OnlySpaces(text, doc.Tokens[first - 1].End, doc.Tokens[first].Start)) first--;
            if (Gazetteer.At(doc.Tokens, first, i + 1) is { } p && p.Place.Level is PlaceLevel.City or PlaceLevel.Venue) return p.Place;
        }
        return null;
    }
}
