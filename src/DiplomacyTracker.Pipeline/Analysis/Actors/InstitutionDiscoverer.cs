namespace DiplomacyTracker.Analysis;

/// <summary>
/// Named institutions the catalog lacks, found where they speak: a capitalised name ending in an institution's head noun
/// ("the World Health Organization said", "U.S. Indo-Pacific Command said", "according to the Korea Institute for National
/// Unification") standing where a speaker stands. News outlets are left out (their reports are sourcing, not statements),
/// and a country or capital never becomes an institution ("North Korea said" names nobody).
/// </summary>
internal static class InstitutionDiscoverer
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "ministry", "department", "agency", "office", "command", "committee", "commission", "council", "institute", "foundation",
        "forum", "center", "centre", "organization", "organisation", "association", "federation", "service", "bureau", "panel",
        "party", "secretariat", "administration", "authority",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "in" };

    /// <summary>Names a head noun may not stand for: a news agency, the generic "the administration".</summary>
    private static readonly HashSet<string> NotBefore = new(StringComparer.Ordinal) { "news", "press", "wire" };

    public static List<DiscoveredActor> Discover(string text, IReadOnlyList<Token> tokens, bool[] covered)
    {
        var found = new List<DiscoveredActor>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !Heads.Contains(tokens[i].Norm) || !tokens[i].Capitalized || ActorDiscoverer.InHeadline(text, tokens[i].Start)) continue;
            // Walk back over capitalised words (and "of"/"for" between them) to the name's start.
            var start = i;
            while (start > 0 && !covered[start - 1] && start > i - 8 && Joined(text, tokens[start - 1], tokens[start])
                   && (tokens[start - 1].Capitalized || (Connectors.Contains(tokens[start - 1].Norm) && start - 2 >= 0 && tokens[start - 2].Capitalized)))
                start--;
            while (start < i && (Connectors.Contains(tokens[start].Norm) || !tokens[start].Capitalized)) start++;
            var end = i + 1;
            // "the Committee for the Peaceful Reunification of Korea": the head may come first.
            while (end < tokens.Count && end < i + 8 && !covered[end] && Joined(text, tokens[end - 1], tokens[end])
                   && (tokens[end].Capitalized || (Connectors.Contains(tokens[end].Norm) && end + 1 < tokens.Count && tokens[end + 1].Capitalized)))
                end++;
            while (end > i + 1 && Connectors.Contains(tokens[end - 1].Norm)) end--;
            if (end - start < 2 || NotBefore.Contains(tokens[i - (i > 0 ? 1 : 0)].Norm) || AllCountryWords(tokens, start, end)) { i = end - 1; continue; }
            var titleIndex = start > 0 && tokens[start - 1].Norm == "the" ? start - 1 : start;
            if (!SpeakerPosition.Holds(text, tokens, titleIndex, start, end)) { i = end - 1; continue; }
            var nameStart = tokens[start].Start;
            var nameEnd = tokens[end - 1].End;
            var name = string.Join(' ', text[nameStart..nameEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var key = "discovered:" + ActorCatalog.NormalizeName(name).Replace(' ', '-');
            var actor = new CatalogActor(key, null, name, ActorKind.Institution, CountryOf(text, tokens, start, end), null, [], []);
            found.Add(new DiscoveredActor(actor, null, nameStart, nameEnd, nameStart, null));
            i = end - 1;
        }
        return found;
    }

    private static bool Joined(string text, Token a, Token b) =>
        WordTokenizer.OnlySpaces(text, a.End, b.Start) || WordTokenizer.IsDashGap(text, a.End, b.Start)
        || (a.Length == 1 && text.AsSpan(a.End, b.Start - a.End).Trim().SequenceEqual(".")); // "U.S."

    /// <summary>"North Korea", "South Korean Foreign" alone: country words with a head are not an institution's name.</summary>
    private static bool AllCountryWords(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end - 1; k++)
            if (tokens[k].Norm is not ("north" or "south" or "korea" or "korean" or "u" or "s" or "us" or "the")) return false;
        return true;
    }

    private static string? CountryOf(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (Countries.At(text, tokens, k) is { } c) return c.Code;
        var norm = string.Join(' ', Enumerable.Range(start, end - start).Select(k => tokens[k].Norm));
        return norm.Contains("korea", StringComparison.Ordinal) ? "KR" : null;
    }
}
