namespace DiplomacyTracker.Analysis;

/// <summary>
/// Who takes part in a summit when the sentence does not simply name two people: "between X and Y", "A might meet B",
/// the invitee of a proposal, the leaders of two countries, the host of a visit ("Moon will visit Pyongyang" → Kim
/// Jong-un on that day) and leaders named by role ("the South Korean president"), all resolved through catalog roles.
/// </summary>
internal static class SummitParties
{
    /// <summary>"Kim Jong-un might meet Trump": the subject of "meet/met" and its object, not the person reporting it.</summary>
    public static List<string>? MeetingParties(AnalysedDocument doc, int ti, int first, int last)
    {
        var tokens = doc.Tokens;
        if (tokens[ti].Norm is not ("met" or "meet" or "meets")) return null;
        var before = ti - 1;
        while (before >= first && (ReportingVerbs.IsFiller(tokens[before].Norm) || tokens[before].Norm is "might" or "may" or "will" or "would" or "could" or "to" or "can")) before--;
        var obj = ti + 1 < last && tokens[ti + 1].Norm == "with" ? ti + 2 : ti + 1;
        if (before < first || obj >= last) return null;
        var subject = doc.Mentions.FirstOrDefault(m => m.End == tokens[before].End && m.Actor is { Kind: ActorKind.Person });
        var other = doc.Mentions.FirstOrDefault(m => (m.TitleStart == tokens[obj].Start || m.Start == tokens[obj].Start) && m.Actor is { Kind: ActorKind.Person });
        return subject?.Actor is { } a && other?.Actor is { } b && a.Key != b.Key ? [a.Key, b.Key] : null;
    }

    /// <summary>"a meeting between President Trump and Chairman Kim": exactly the people after "between".</summary>
    public static List<string>? Between(AnalysedDocument doc, int ti, int last)
    {
        var tokens = doc.Tokens;
        if (ti + 1 >= last || tokens[ti + 1].Norm != "between") return null;
        var end = tokens[Math.Min(last, ti + 12) - 1].End;
        var keys = doc.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[ti + 1].End)).TakeWhile(m => m.Start < end)
            .Where(m => m.Actor is { Kind: ActorKind.Person }).Select(m => m.Actor!.Key).Distinct().ToList();
        return keys.Count >= 2 ? keys : null;
    }

    /// <summary>The person the previous sentence's subject urged or invited ("Lee also urged Trump to attend …").</summary>
    public static string? Invitee(AnalysedDocument doc, Sentence prev)
    {
        var tokens = doc.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, prev.Start);
        for (var i = first; i + 1 < tokens.Count && tokens[i + 1].End <= prev.End; i++)
        {
            if (tokens[i].Norm is not ("urged" or "invited")) continue;
            var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[i + 1].Start);
            if (m < doc.Mentions.Count && doc.Mentions[m].TitleStart == tokens[i + 1].Start && doc.Mentions[m].Actor is { Kind: ActorKind.Person } a) return a.Key;
            return null;
        }
        return null;
    }

    /// <summary>"a summit between the United States and North Korea": the leaders holding office at the article's date.</summary>
    public static IEnumerable<string> CountryLeaders(AnalysedDocument doc, int first, int last, ActorCatalog catalog)
    {
        if (doc.Day is not { } day) yield break;
        var tokens = doc.Tokens;
        for (var i = first; i < last; i++)
        {
            if (tokens[i].Norm != "between") continue;
            var countries = new List<string>();
            for (var k = i + 1; k < Math.Min(last, i + 8); k++)
            {
                var code = (tokens[k].Norm, k + 1 < last ? tokens[k + 1].Norm : "") switch
                {
                    ("united", "states") or ("us", _) or ("washington", _) => "US",
                    ("north", "korea") or ("pyongyang", _) => "KP",
                    ("south", "korea") or ("seoul", _) => "KR",
                    _ => null,
                };
                if (code is not null && !countries.Contains(code)) countries.Add(code);
            }
            if (countries.Count != 2) yield break;
            foreach (var code in countries)
            {
                if (Leader(catalog, code, day) is { } leader) yield return leader.Key;
            }
            yield break;
        }
    }

    /// <summary>"Kim held talks with Xi …, ahead of a summit with Trump": a leader subject and the leader after "with", nobody else named.</summary>
    public static List<string>? WithParties(AnalysedDocument doc, int ti, int first, int last, ActorCatalog catalog)
    {
        var tokens = doc.Tokens;
        if (doc.Day is not { } day || tokens[ti].Norm is not ("talks" or "summit" or "meeting") || ti + 2 >= last || tokens[ti + 1].Norm != "with") return null;
        var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[ti + 2].Start);
        if (m >= doc.Mentions.Count || doc.Mentions[m].TitleStart > tokens[Math.Min(last - 1, ti + 5)].Start) return null;
        var other = doc.Mentions[m].Actor;
        var subject = doc.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[first].Start))
            .TakeWhile(x => x.End <= tokens[ti].Start).FirstOrDefault(x => x.Actor is { Kind: ActorKind.Person } && !x.NotSubject)?.Actor;
        if (other is not { Kind: ActorKind.Person } || subject is null || subject.Key == other.Key) return null;
        return IsLeader(subject, day) && IsLeader(other, day) ? [subject.Key, other.Key] : null;
    }

    /// <summary>The one person leading <paramref name="code"/> on <paramref name="day"/> (Japan: its prime minister), or null.</summary>
    public static CatalogActor? Leader(ActorCatalog catalog, string code, DateOnly day)
    {
        CatalogActor? found = null;
        foreach (var a in catalog.Actors)
        {
            if (a.Kind != ActorKind.Person || a.Country != code || !IsLeader(a, day)) continue;
            if (found is not null) return null;
            found = a;
        }
        return found;
    }

    /// <summary>"Trump and Kim last met at Panmunjom" with Kim Yong-chol quoted above: a bare name that several catalog
    /// people share, in a sentence that also names a leader unambiguously, is the one of them who leads a country on the
    /// article's day, when exactly one does (a summit is between leaders; "Kim said during a visit to Washington" stays open).</summary>
    public static IEnumerable<Mention> AtTheTable(AnalysedDocument doc, IReadOnlyList<Mention> mentions)
    {
        var leaderNamed = doc.Day is { } today && mentions.Any(m => m.Actor is { Kind: ActorKind.Person } a && IsLeader(a, today));
        foreach (var m in mentions)
            yield return leaderNamed && m.Actor is null && doc.Day is { } day
                && m.Candidates.Where(c => c.Kind == ActorKind.Person && IsLeader(c, day)).ToList() is [var leader]
                ? m with { Candidates = [leader] } : m;
    }

    /// <summary>True when <paramref name="actor"/> leads a country on <paramref name="day"/>: a visit by them is a summit.</summary>
    public static bool IsLeader(CatalogActor actor, DateOnly day) =>
        actor.Country is { } code && actor.Roles.Any(r => r.HeldOn(day) && LeaderTitle(r.Title, code));

    private static readonly Dictionary<string, string> LeaderTitles = new(StringComparer.Ordinal)
    {
        ["KR"] = "President of South Korea", ["KP"] = "Supreme Leader of North Korea", ["US"] = "President of the United States",
        ["CN"] = "President of China", ["RU"] = "President of Russia", ["JP"] = "Prime Minister of Japan",
    };

    private static bool LeaderTitle(string title, string code) =>
        LeaderTitles.TryGetValue(code, out var want) && string.Equals(title, want, StringComparison.OrdinalIgnoreCase);

    /// <summary>Verbs that make the role phrase before them a party to the meeting ("the South Korean president joined …").</summary>
    private static readonly HashSet<string> TakingPart = new(StringComparer.Ordinal)
    {
        "joined", "joins", "met", "meets", "held", "holds", "hosted", "hosts", "visited", "visits", "will", "and", "also",
    };

    /// <summary>"the South Korean president", "North Korea's leader", "the Japanese prime minister" (no name after): the holder on the day.
    /// With <paramref name="subjectsOnly"/>, only a role phrase that takes part ("the South Korean president joined Biden and Ishiba"),
    /// for a sentence that already names two people. "his Japanese counterpart" counts when <paramref name="leaderNamed"/>.</summary>
    public static IEnumerable<string> RoleHolders(AnalysedDocument doc, int first, int last, ActorCatalog catalog, bool subjectsOnly = false, bool leaderNamed = false)
    {
        if (doc.Day is not { } day) yield break;
        var tokens = doc.Tokens;
        for (var i = first; i < last; i++)
        {
            if (Countries.At(doc.Text, tokens, i) is not { } country) continue;
            var k = i + country.Length;
            var length = k < last && tokens[k].Norm is "president" or "leader" ? 1
                : k + 1 < last && tokens[k].Norm == "prime" && tokens[k + 1].Norm == "minister" ? 2 : 0;
            // "Yoon met his Japanese counterpart": the leader of that country, when the sentence's other party is a leader.
            var counterpart = length == 0 && leaderNamed && k < last && tokens[k].Norm == "counterpart" && i > first && tokens[i - 1].Norm is "his" or "her";
            if (counterpart) length = 1;
            else if (length == 0 || (length == 2) != (country.Code == "JP") && tokens[k].Norm != "leader") continue;
            var after = k + length;
            if (after < last && TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[after].Start) is var m && m < doc.Mentions.Count
                && doc.Mentions[m].Start == tokens[after].Start) continue; // "South Korean President Moon Jae-in": the name decides
            if (subjectsOnly && !counterpart && (after >= last || !TakingPart.Contains(tokens[after].Norm))) continue;
            if (Leader(catalog, country.Code, day) is { } leader) yield return leader.Key;
            i = after - 1;
        }
    }
}
