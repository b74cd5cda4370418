using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>Reads the summits one sentence mentions; each date, place and status word goes to the nearest trigger.</summary>
internal static class SummitSentenceReader
{
    private const int Window = 10;
    private static readonly HashSet<string> Proposers = new(StringComparer.Ordinal) { "invited", "proposed", "urged", "suggested", "offered" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "for", "to" };

    public static void Read(ArticleIndex index, Sentence s, Sentence? previous, FuzzyDate? published, ActorCatalog catalog, List<SummitCandidate> into)
    {
        var tokens = index.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, s.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= s.End) last++;
        var triggers = new List<(int Index, string? Multilateral)>();
        for (var i = first; i < last; i++)
            if (IsTrigger(index, i, first, last)) triggers.Add((i, MultilateralBefore(tokens, i, first)));
        if (triggers.Count == 0) return;
        var people = PeopleIn(index, s, first, last, catalog);
        var dates = DatePhraseReader.Read(index.Text, s.Start, s.End, published, future: true);
        var pastDates = DatePhraseReader.Read(index.Text, s.Start, s.End, published, future: false);
        for (var t = 0; t < triggers.Count; t++)
        {
            var (ti, multi) = triggers[t];
            bool Nearest(int tokenIndex) => triggers.All(o => Math.Abs(o.Index - tokenIndex) >= Math.Abs(ti - tokenIndex) || o.Index == ti)
                && Math.Abs(tokenIndex - ti) <= Window;
            var (status, strong, statusIndex) = StatusNear(tokens, ti, first, last, Nearest);
            var past = status is SummitStatus.Held or SummitStatus.Cancelled;
            DatePhrase? date = null;
            foreach (var d in past ? pastDates : dates)
                if (Nearest(TokenIndex.FirstAtOrAfter(tokens, d.Start)) && (date is null || d.From.Precision > date.From.Precision)) date = d;
            var location = PlaceNear(tokens, ti, first, last, Nearest);
            var outcome = statusIndex >= 0 && SummitCues.OutcomeWords.Contains(tokens[statusIndex].Norm) ? Clause(index.Text, tokens[statusIndex].Start, s.End) : null;
            List<string> participants = multi is not null ? [] : Between(index, ti, last) ?? [.. people];
            if (multi is null && participants.Count == 1 && status == SummitStatus.Proposed && previous is { } prev
                && Invitee(index, prev) is { } invitee && !participants.Contains(invitee))
            {
                // "Lee urged Trump to attend the APEC summit. He proposed using the event as a venue for dialogue with Kim."
                participants.Insert(0, invitee);
                location ??= into.LastOrDefault(c => c.Multilateral && c.EvidenceStart == prev.Start)?.Location;
            }
            var title = multi is not null ? multi + " summit"
                : location is not null ? location.Split(',')[0] + " summit"
                : participants.Count >= 2 ? string.Join('\u2013', participants.Select(k => Surname(index, catalog, k))) + " summit" : "Summit";
            into.Add(new SummitCandidate(title, date?.From, date?.To, location, status, strong, outcome, participants, multi is not null, s.Start, s.End));
        }
    }

    private static bool IsTrigger(ArticleIndex index, int i, int first, int last)
    {
        var tokens = index.Tokens;
        var norm = tokens[i].Norm;
        if (i > first && tokens[i - 1].Norm == "pre") return false;
        return norm switch
        {
            "summit" or "meeting" => true,
            "talks" => i + 1 < last && tokens[i + 1].Norm is "with" or "between" || i > first && tokens[i - 1].Norm is "held" or "hold" or "holding" or "summit",
            "met" or "meet" or "meets" => i + 1 < last && (tokens[i + 1].Norm == "with" || StartsMention(index, tokens[i + 1].Start)),
            "visit" => i > first && tokens[i - 1].Norm is "state" or "official",
            "dialogue" => i + 1 < last && tokens[i + 1].Norm == "with" && i + 2 < last && StartsMention(index, tokens[i + 2].Start),
            _ => false,
        };
    }

    private static bool StartsMention(ArticleIndex index, int offset)
    {
        var m = TokenIndex.FirstMentionAtOrAfter(index.Mentions, offset);
        return m < index.Mentions.Count && (index.Mentions[m].Start == offset || index.Mentions[m].TitleStart == offset);
    }

    private static string? MultilateralBefore(IReadOnlyList<Token> tokens, int i, int first)
    {
        for (var k = i - 1; k >= first && k >= i - 5; k--)
            if (SummitCues.Multilateral.TryGetValue(tokens[k].Norm, out var name)) return name;
        return null;
    }

    /// <summary>People named in the sentence; a proposer ("Lee invited Trump … a meeting with Kim") is not a participant.</summary>
    private static List<string> PeopleIn(ArticleIndex index, Sentence s, int first, int last, ActorCatalog catalog)
    {
        var mentions = index.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(index.Mentions, s.Start)).TakeWhile(m => m.Start < s.End)
            .Where(m => m.Actor is { Kind: ActorKind.Person } && !IsModifierOnly(index, m)).ToList();
        var keys = mentions.Select(m => m.Actor!.Key).Distinct().ToList();
        if (keys.Count >= 3 && mentions.Count > 0)
        {
            var next = TokenIndex.FirstAtOrAfter(index.Tokens, mentions[0].End);
            while (next < last && ReportingVerbs.IsFiller(index.Tokens[next].Norm)) next++;
            if (next < last && Proposers.Contains(index.Tokens[next].Norm)) keys.Remove(mentions[0].Actor!.Key);
        }
        if (keys.Count == 0) keys.AddRange(CountryLeaders(index, first, last, catalog));
        return keys;
    }

    /// <summary>"a meeting between President Trump and Chairman Kim": exactly the people after "between".</summary>
    private static List<string>? Between(ArticleIndex index, int ti, int last)
    {
        var tokens = index.Tokens;
        if (ti + 1 >= last || tokens[ti + 1].Norm != "between") return null;
        var end = tokens[Math.Min(last, ti + 12) - 1].End;
        var keys = index.Mentions.Skip(TokenIndex.FirstMentionAtOrAfter(index.Mentions, tokens[ti + 1].End)).TakeWhile(m => m.Start < end)
            .Where(m => m.Actor is { Kind: ActorKind.Person }).Select(m => m.Actor!.Key).Distinct().ToList();
        return keys.Count >= 2 ? keys : null;
    }

    /// <summary>The person the previous sentence's subject urged or invited ("Lee also urged Trump to attend …").</summary>
    private static string? Invitee(ArticleIndex index, Sentence prev)
    {
        var tokens = index.Tokens;
        var first = TokenIndex.FirstAtOrAfter(tokens, prev.Start);
        for (var i = first; i + 1 < tokens.Count && tokens[i + 1].End <= prev.End; i++)
        {
            if (tokens[i].Norm is not ("urged" or "invited")) continue;
            var m = TokenIndex.FirstMentionAtOrAfter(index.Mentions, tokens[i + 1].Start);
            if (m < index.Mentions.Count && index.Mentions[m].TitleStart == tokens[i + 1].Start && index.Mentions[m].Actor is { Kind: ActorKind.Person } a) return a.Key;
            return null;
        }
        return null;
    }

    private static bool IsModifierOnly(ArticleIndex index, Mention m)
    {
        var next = TokenIndex.FirstAtOrAfter(index.Tokens, m.End);
        return next < index.Tokens.Count && NameWords.ModifierNouns.Contains(index.Tokens[next].Norm);
    }

    /// <summary>"a summit between the United States and North Korea": the leaders holding office at the article's date.</summary>
    private static IEnumerable<string> CountryLeaders(ArticleIndex index, int first, int last, ActorCatalog catalog)
    {
        if (index.Day is not { } day) yield break;
        var tokens = index.Tokens;
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
                var leaders = catalog.Actors.Where(a => a.Kind == ActorKind.Person && a.Country == code && a.RoleOn(day) is { } r && IsHeadOfState(r.Title)).ToList();
                if (leaders.Count == 1) yield return leaders[0].Key;
            }
            yield break;
        }
    }

    private static bool IsHeadOfState(string title) =>
        title.StartsWith("President of", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Supreme Leader", StringComparison.OrdinalIgnoreCase);

    private static (SummitStatus? Status, bool Strong, int Index) StatusNear(IReadOnlyList<Token> tokens, int ti, int first, int last, Func<int, bool> nearest)
    {
        (SummitStatus? Status, bool Strong, int Index, int Distance) best = (null, false, -1, int.MaxValue);
        for (var k = Math.Max(first, ti - Window); k < Math.Min(last, ti + Window + 1); k++)
        {
            var cue = SummitCues.IsPastHeld(tokens, k, first) ? (SummitStatus.Held, true) : SummitCues.Lookup(tokens[k].Norm);
            if (cue is not { } c || !nearest(k)) continue;
            if (tokens[k].Norm == "took" && (k + 1 >= last || tokens[k + 1].Norm != "place")) continue;
            var distance = Math.Abs(k - ti);
            if ((c.Strong && !best.Strong) || (c.Strong == best.Strong && distance < best.Distance)) best = (c.Status, c.Strong, k, distance);
        }
        return (best.Status, best.Strong, best.Index);
    }

    private static string? PlaceNear(IReadOnlyList<Token> tokens, int ti, int first, int last, Func<int, bool> nearest)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var k = Math.Max(first, ti - 4); k < Math.Min(last, ti + 6); k++)
        {
            if (PlaceNames.At(tokens, k, last) is not { } place || !nearest(k)) continue;
            var preposition = k > first && PlacePrepositions.Contains(tokens[k - 1].Norm);
            var beforeTrigger = k + place.Length == ti || (k + place.Length + 1 == ti && SummitCues.Multilateral.ContainsKey(tokens[ti - 1].Norm));
            if (!(preposition || (beforeTrigger && !place.Metonym)) || (place.Broad && !preposition)) continue;
            if (Math.Abs(k - ti) < bestDistance) { best = place.Display; bestDistance = Math.Abs(k - ti); }
        }
        return best;
    }

    private static string Clause(string text, int start, int end)
    {
        var stop = text.IndexOfAny([',', ';', '.'], start, end - start);
        return text[start..(stop < 0 ? end : stop)].Trim();
    }

    private static string Surname(ArticleIndex index, ActorCatalog catalog, string key)
    {
        var actor = catalog.FindByKey(key) ?? index.Discovered.FirstOrDefault(d => d.Actor.Key == key)?.Actor;
        var surname = actor is null ? key : AliasIndex.SurnameOf(actor) ?? actor.Name;
        return surname.Length == 0 ? key : char.ToUpperInvariant(surname[0]) + surname[1..];
    }
}
