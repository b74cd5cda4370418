namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who meets whom at one meeting word, read from the clause's structure and never from everyone the sentence names:
/// "between A and B", "the A-B summit", "A's summit with B", the subject and object of "met", a joint subject ("A and B
/// will meet"), the visitor and the leader of the place visited, host and guest, inviter and invitee, and groups that
/// refer back ("the two leaders"). Only leaders count (<see cref="LeaderLookup"/>).
/// </summary>
internal static class MeetingParties
{
    public static (List<Party> Parties, string Rule) Find(SummitSentence s, Trigger t, (int Start, int End) clause, LeaderLookup leaders,
        PartyLists.GroupResolver group, IReadOnlyList<PlaceHit> destinations)
    {
        var ti = t.Index;
        var found = new List<Party>();
        var rule = "";
        void Take(IEnumerable<Party> parties, string name)
        {
            var before = found.Count;
            PartyLists.Add(found, parties);
            if (found.Count > before && rule.Length == 0) rule = name;
        }

        // "a summit between Trump and Kim", "talks between the United States and North Korea"
        for (var k = ti + 1; k < clause.End && k <= ti + 3; k++)
            if (s.Norm(k) is "between" or "among")
            {
                Take(PartyLists.ReadList(s, k + 1, clause.End, leaders, group, countries: s.Norm(ti) != "talks").Parties, "between");
                break;
            }
        if (t.Kind == TriggerKind.Noun && s.Norm(ti) != "talks") Take(PartyLists.BeforeNoun(s, ti, leaders), "named-before");
        Take(Owner(s, ti, clause.Start, leaders, group), "owner");
        var subjectRead = false;
        // "joined Biden and Kishida for a trilateral summit", "hosted Trump for a summit": the verb's object takes part.
        if (t.Kind == TriggerKind.Noun && TakingPartBefore(s, ti, clause.Start) is >= 0 and var verb)
        {
            Take(PartyLists.ReadList(s, verb + 1, ti, leaders, group, countries: false).Parties, "joined");
            var joiner = NearSubject(s, clause.Start, verb, leaders, group);
            Take(joiner, "joined");
            subjectRead = joiner.Count > 0;
        }
        // "Joe Biden and Fumio Kishida would hold a summit": the subject of the verb that holds the meeting.
        if (t.Kind == TriggerKind.Noun && !subjectRead && HoldingVerbBefore(s, ti, clause.Start) is >= 0 and var hold)
        {
            var holders = NearSubject(s, clause.Start, hold, leaders, group);
            Take(holders, "subject");
            subjectRead = holders.Count > 0;
        }
        Take(WithObject(s, t, clause.End, leaders, group), "with");
        if (t.Kind is TriggerKind.Meet or TriggerKind.Host)
        {
            // "meet with business leaders", "met reporters": meeting someone who is no leader is no summit.
            if (OtherObject(s, ti, clause.End, leaders, group)) return ([], "");
            Take(DirectObject(s, ti, clause.End, leaders, group), "object");
        }
        if (t.Kind == TriggerKind.Invitation) Take(Invitee(s, ti, clause.End, leaders, group), "invitee");
        if (t.Kind == TriggerKind.Visit && VisitedBy(s, ti, clause.End, leaders) is { } by) Take([by], "visit-by");
        // The clause's subject takes part in what it holds, meets, visits, hosts or proposes ("Kishida held a summit with Yoon");
        // a verb's own subject stands right before it ("Lee proposes Trump meet …").
        if (!subjectRead && (!Between(rule) || found.Count < 2))
        {
            var near = t.Kind is TriggerKind.Meet or TriggerKind.Visit or TriggerKind.Host ? NearSubject(s, clause.Start, ti, leaders, group) : [];
            Take(near.Count > 0 ? near : Subject(s, clause.Start, ti, leaders, group), "subject");
        }
        // "Meeting on the sidelines of …, the three leaders recommitted": a sentence opening on the participle has its subject after the comma.
        if (found.Count < 2 && ti == s.First && s.Norm(ti) is "meeting" or "visiting" or "arriving")
            for (var k = ti + 1; k < s.Last - 1; k++)
                if (s.CommaAfter(k)) { Take(Subject(s, k + 1, s.Last, leaders, group), "participle-subject"); break; }
        // "During their first summit, President Lee Jae Myung and President Donald Trump agreed …": "their" is the subject after the
        // opening phrase.
        if (found.Count < 2 && ti > s.First && s.Norm(s.First) is "during" or "at" or "after" or "since" or "following" && !s.CommaBetween(s.First, ti)
            && s.Norm(ti - 1) is "their" || found.Count < 2 && ti - 2 >= s.First && s.Norm(s.First) is "during" or "at" or "after" or "since" or "following"
            && s.Norm(s.First + 1) == "their" && !s.CommaBetween(s.First, ti))
            for (var k = ti; k < s.Last - 1; k++)
                if (s.CommaAfter(k)) { Take(Subject(s, k + 1, s.Last, leaders, group), "opening-subject"); break; }
        // A visit meets the leader of the place visited ("Moon will visit Pyongyang" → Kim Jong Un).
        // A country or city visited, not a venue or region ("tried to visit the DMZ" meets nobody).
        if (t.Kind is TriggerKind.Visit or TriggerKind.Invitation && found.Count == 1)
            foreach (var place in destinations.Where(d => d.Place.Level is PlaceLevel.Country or PlaceLevel.City))
                if (leaders.HostOf(place.Place.CountryCode) is { } host && host.Country != found[0].Country)
                {
                    Take([host], "host-of-place");
                    if (found.Count == 2 && rule != "host-of-place") rule += "+host";
                }
        return (found, rule);
    }

    private static bool Between(string rule) => rule is "between" or "named-before";

    private static readonly HashSet<string> TakingPart = new(StringComparer.Ordinal)
    {
        "joined", "joins", "join", "hosted", "hosts", "host", "hosting", "welcomed", "welcomes", "received", "receives", "invited",
        "invites", "invite", "accompanied",
    };

    /// <summary>"the South Korean president joined U.S. President Joe Biden and … for a trilateral summit": the verb, up to
    /// sixteen words back in the clause, whose object the meeting completes; -1 when there is none.</summary>
    private static int TakingPartBefore(SummitSentence s, int ti, int start)
    {
        for (var k = ti - 1; k >= start && k >= ti - 16; k--)
            if (TakingPart.Contains(s.Norm(k))) return k;
        return -1;
    }

    /// <summary>"would hold a summit", "held their first summit", "will have bilateral meetings": the verb holding the
    /// meeting, just before its article and modifiers; -1 when there is none.</summary>
    private static int HoldingVerbBefore(SummitSentence s, int ti, int start)
    {
        var k = ti - 1;
        while (k >= start && (SummitWords.Modifiers.Contains(s.Norm(k)) || s.Norm(k) is "a" or "an" or "the" or "their" or "his" or "her" or "its")) k--;
        return k >= start && s.Norm(k) is "hold" or "holds" or "held" or "holding" or "have" or "has" or "had" or "having" or "attend"
            or "attends" or "attended" or "attending" or "begin" or "began" or "begun" or "end" or "ended" or "conclude" or "concluded" ? k : -1;
    }

    /// <summary>"Kim's summit with Trump", "Lee's first visit to China", "his summit with Xi" (his → the clause's subject).</summary>
    private static List<Party> Owner(SummitSentence s, int ti, int clauseStart, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        var k = ti - 1;
        while (k >= clauseStart && SummitWords.Modifiers.Contains(s.Norm(k)) && !s.PossessiveAfter(k)) k--;
        if (k < clauseStart) return [];
        if (s.Norm(k) == "s" && k - 1 >= clauseStart && s.PossessiveAfter(k - 1))
        {
            if (s.MentionEndingAt(k - 1) is { } m) return leaders.Of(m) is { } p ? [p] : [];
            return PartyLists.CountryAt(s, k - 1, k) is { } c && leaders.Holder(c.Code) is { } host ? [host] : [];
        }
        if (s.Norm(k) == "their") return group(null)?.ToList() ?? [];
        return [];
    }

    /// <summary>"summit with Xi", "talks with his Chinese counterpart", "met with President Yoon", "for summit talks with Xi",
    /// "a summit at Camp David with Joe Biden" (a place or day may stand between).</summary>
    private static List<Party> WithObject(SummitSentence s, Trigger t, int end, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        for (var k = t.Index + 1; k < end && k <= t.Index + 10; k++)
        {
            if (s.Norm(k) == "with") return PartyLists.ReadList(s, k + 1, end, leaders, group, countries: t.Kind == TriggerKind.Noun && s.Norm(t.Index) != "talks").Parties;
            if (s.Norm(k) is "talks" or "meeting" or "meetings" or "summit" or "bilateral" or "separately" or "today" or "briefly" or "again" or "also") continue;
            if (s.Norm(k) is "in" or "at" or "on" && SummitPlaces.At(s, s.Norm(k + 1) == "the" ? k + 2 : k + 1, end) is { } place)
            {
                k = (s.Norm(k + 1) == "the" ? k + 2 : k + 1) + place.Length - 1;
                continue;
            }
            break;
        }
        return [];
    }

    /// <summary>"meet with business leaders", "met reporters", "met a delegation": an object that names no leader.</summary>
    private static bool OtherObject(SummitSentence s, int ti, int end, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        var k = ti + 1;
        if (s.Norm(k) is "with") k++;
        if (k >= end || s.Norm(k) is "in" or "at" or "on" or "for" or "today" or "again" or "separately" or "briefly" or "this" or "next"
            or "last" or "during" or "after" or "before" or "later" or "earlier" or "here" or "there" or "face" or "privately" or "once"
            or "twice" or "and" or "to" or "as" or "over" or "until" or "amid") return false;
        if (s.MentionNear(k) is not null || RolePhrases.At(s, k) is not null || PartyLists.GroupAt(s, k, end) is not null) return false;
        if (s.Norm(k) is "leaders" or "heads" && s.Norm(k + 1) == "of" || s.Norm(k + 1) is "leaders" && s.Norm(k + 2) == "of") return false;
        if (s.Norm(k) is "his" or "her" && s.Norm(k + 1) == "counterpart") return false;
        return s.Norm(k) is "the" or "a" or "an" or "some" or "business" or "reporters" or "journalists" or "officials" or "lawmakers"
            or "students" or "members" or "executives" or "delegates" or "leaders" || (!s.Tokens[k].Capitalized && s.Norm(k).EndsWith('s'));
    }

    /// <summary>"met Xi", "will meet North Korean leader Kim Jong Un", "hosted President Yoon".</summary>
    private static List<Party> DirectObject(SummitSentence s, int ti, int end, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        var k = ti + 1;
        if (s.Norm(k) is "today" or "again" or "separately" or "briefly") k++;
        if (s.Norm(k) == "with") return []; // read by WithObject
        return PartyLists.ReadList(s, k, end, leaders, group, countries: false).Parties;
    }

    /// <summary>"invited Putin to visit Pyongyang", "an invitation to Kim to come to the DMZ", "urged Trump to attend".</summary>
    private static List<Party> Invitee(SummitSentence s, int ti, int end, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        var k = ti + 1;
        if (s.Norm(ti) == "invitation") { if (s.Norm(k) is not ("to" or "for")) return []; k++; }
        return PartyLists.ReadList(s, k, end, leaders, group, countries: false).Parties;
    }

    /// <summary>"a visit by Moon to the North", "the first visit to Japan by a South Korean president".</summary>
    private static Party? VisitedBy(SummitSentence s, int ti, int end, LeaderLookup leaders)
    {
        for (var k = ti + 1; k < end && k <= ti + 8; k++)
        {
            if (s.Norm(k) != "by") continue;
            var (parties, _) = PartyLists.ReadList(s, k + 1, end, leaders, _ => null, countries: false);
            if (parties.Count > 0) return parties[0];
            if (RolePhrases.At(s, k + 1) is { } role) return leaders.Holder(role.Code, byRole: true);
            return null;
        }
        return null;
    }

    /// <summary>
    /// The clause's subject before the meeting word: the first leader, role or group not governed by a preposition and not
    /// owning another noun ("Moon's daughter", "the Trump administration"), with whoever is joined to it by "and". A name
    /// after "for" that an infinitive follows is a subject too ("difficult for Kim to visit Seoul").
    /// </summary>
    public static List<Party> Subject(SummitSentence s, int start, int ti, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        // "Kim Jong-un, who held a summit with Moon": the relative pronoun stands for the name before it.
        if (s.Norm(start) is "who" && start - 1 >= s.First && s.MentionEndingAt(start - 1) is { } antecedent && leaders.Of(antecedent) is { } who) return [who];
        for (var k = start; k < ti; k++)
        {
            var governed = k > start && SummitWords.Prepositions.Contains(s.Norm(k - 1)) && !s.CommaAfter(k - 1);
            if (s.MentionNear(k) is { } near)
            {
                var m = near.Mention;
                var (_, lastToken) = s.TokensOf(m);
                var forTo = governed && s.Norm(k - 1) == "for" && s.Norm(lastToken + 1) == "to";
                if ((governed && !forTo) || (m.NotSubject && !OwnsMeeting(s, lastToken, ti))) { k = lastToken; continue; }
                return PartyLists.ReadList(s, k, ti, leaders, group, countries: false).Parties;
            }
            if (governed) continue;
            if (s.Norm(k) is "leaders" or "heads" && s.Norm(k + 1) == "of") return PartyLists.ReadList(s, k, ti, leaders, group, countries: false).Parties;
            if (PartyLists.GroupAt(s, k, ti) is { } g) return group(g.Size)?.ToList() ?? [];
            if (RolePhrases.At(s, k) is { } role)
            {
                if (s.PossessiveAfter(role.End - 1) && !OwnsMeeting(s, role.End - 1, ti)) { k = role.End - 1; continue; }
                return leaders.Holder(role.Code, byRole: true) is { } p ? [p] : [];
            }
            if (s.Norm(k) is "he" or "she" && OpensClause(s, start, k)) return group(1)?.ToList() ?? [];
        }
        return [];
    }

    /// <summary>"He met Xi in Dalian", "…, but he will hold a summit": a pronoun standing first in its clause (after a
    /// connective) continues the leader before; "Officials said he met" is left alone.</summary>
    private static bool OpensClause(SummitSentence s, int start, int k)
    {
        for (var j = start; j < k; j++)
            if (s.Norm(j) is not ("but" or "and" or "later" or "then" or "also" or "meanwhile" or "there" or "yet" or "so")) return false;
        return true;
    }

    /// <summary>The subject right before a verb ("Lee proposes Trump meet North Korean leader": Trump meets; "North Korean
    /// leader Kim Jong Un and Russian counterpart Vladimir Putin met"; "The leaders of South Korea, China, and Japan will
    /// meet"): the names, titles and "and"s just before it, over auxiliaries and adverbs ("will also", "is scheduled to").</summary>
    public static List<Party> NearSubject(SummitSentence s, int start, int ti, LeaderLookup leaders, PartyLists.GroupResolver group)
    {
        var k = ti - 1;
        while (k >= start && SummitWords.VerbGroup.Contains(s.Norm(k))) k--;
        if (k < start) return [];
        if (s.Norm(k) is "they" or "pair" or "leaders" or "both" && PartyLists.GroupAt(s, Math.Max(start, k - 2), ti) is { } g) return group(g.Size)?.ToList() ?? [];
        if (s.Norm(k) is "he" or "she") return OpensClause(s, start, k) ? group(1)?.ToList() ?? [] : [];
        var first = k;
        while (first - 1 >= start)
        {
            // "Kishida, who steps down this month, and President Yoon Suk Yeol met": step over the relative clause.
            if (s.RelativeClauseAt(first - 1) is { } r && r.Open - 1 >= start) { first = r.Open - 1; continue; }
            if (!SubjectWord(s, first - 1)) break;
            first--;
        }
        // "The leaders of South Korea, China, and Japan"
        if (first - 2 >= start && s.Norm(first - 1) == "of" && s.Norm(first - 2) is "leaders" or "heads") first -= 2;
        if (first - 1 >= start && SummitWords.Prepositions.Contains(s.Norm(first - 1)) && s.Norm(first - 1) != "for") return [];
        var (parties, _) = PartyLists.ReadList(s, first, k + 1, leaders, group, countries: false);
        return parties.Count > 0 ? parties : RoleEndingAt(s, start, k, leaders);
    }

    /// <summary>A word of a subject's names: name and title words, "and", a comma's neighbour, country names.</summary>
    private static bool SubjectWord(SummitSentence s, int j)
    {
        var t = s.Tokens[j];
        if (s.Norm(j) is "and" || s.MentionEndingAt(j) is not null || t.Capitalized || s.Norm(j) is "leader" or "president" or "prime" or "minister"
            or "premier" or "counterpart" or "chairman" or "leaders" or "of" or "s") return !s.GapAfter(j).Contains('.') || j + 1 < s.Last && s.Tokens[j + 1].Capitalized;
        return false;
    }

    /// <summary>"the North Korean leader will visit": a role phrase ending at token <paramref name="k"/>.</summary>
    private static List<Party> RoleEndingAt(SummitSentence s, int start, int k, LeaderLookup leaders)
    {
        for (var j = Math.Max(start, k - 4); j <= k; j++)
            if (RolePhrases.At(s, j) is { } role && role.End == k + 1) return leaders.Holder(role.Code, byRole: true) is { } p ? [p] : [];
        return [];
    }

    /// <summary>"Kim's second visit", "Lee's summit", "Moon's offer of a summit": the possessive owns the meeting word
    /// itself (or the offer of it), not another noun ("Moon's daughter").</summary>
    private static bool OwnsMeeting(SummitSentence s, int nameEnd, int ti)
    {
        if (!s.PossessiveAfter(nameEnd)) return false;
        var k = nameEnd + 2;
        if (s.Norm(k) is "offer" or "proposal" or "invitation" or "plan" or "plans" or "idea" or "bid" or "push" or "call" && s.Norm(k + 1) is "of" or "for")
            k += 2;
        for (; k < ti; k++)
            if (!SummitWords.Modifiers.Contains(s.Norm(k)) && s.Norm(k) is not ("a" or "an" or "the")) return false;
        return true;
    }
}
