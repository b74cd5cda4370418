namespace DiplomacyTracker.Analysis;

/// <summary>Reads the title written just before a name ("North Korean leader", "Ambassador", "Mr.") and checks it against roles.</summary>
internal static class TitleReader
{
    private static readonly HashSet<string> DottedTitles = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "u", "s" };

    /// <summary>Index of the first title token before <paramref name="nameIndex"/>, or nameIndex when there is none.</summary>
    public static int TitleStartIndex(IReadOnlyList<Token> tokens, int nameIndex, string text)
    {
        var j = nameIndex;
        var limit = Math.Max(0, nameIndex - 6);
        while (j > limit)
        {
            var prev = tokens[j - 1];
            var gapOk = WordTokenizer.OnlySpaces(text, prev.End, tokens[j].Start)
                || (DottedTitles.Contains(prev.Norm) && IsDotGap(text, prev.End, tokens[j].Start));
            if (!gapOk) break;
            if (!NameWords.TitleWords.Contains(prev.Norm) && !(prev.Norm == "of" && j - 2 >= 0 && tokens[j - 2].Norm is "secretary" or "minister")) break;
            j--;
        }
        while (j < nameIndex && tokens[j].Norm is "then" or "of") j++;
        return j;
    }

    public static string? TitleText(IReadOnlyList<Token> tokens, int titleIndex, int nameIndex, string text) =>
        titleIndex < nameIndex ? text[tokens[titleIndex].Start..tokens[nameIndex - 1].End] : null;

    private static bool IsDotGap(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from).Trim();
        return span.Length <= 1 && (span.Length == 0 || span[0] == '.');
    }

    /// <summary>True when the title does not contradict the actor: its office words appear in a role, its nationality matches.</summary>
    public static bool Compatible(string? title, CatalogActor actor, DateOnly? day, bool strictDate, string? discoveredRole = null)
    {
        if (string.IsNullOrWhiteSpace(title)) return true;
        var norm = ActorCatalog.NormalizeName(title);
        foreach (var (word, country) in NameWords.Nationalities)
            if (ContainsWord(norm, word) && actor.Country is { } c && !string.Equals(c, country, StringComparison.OrdinalIgnoreCase)) return false;
        var offices = NameWords.OfficeWords.Where(w => ContainsWord(norm, w) || (w == "adviser" && ContainsWord(norm, "advisor"))).ToList();
        if (offices.Count == 0) return true;
        var former = ContainsWord(norm, "former");
        IEnumerable<string> roleTitles = actor.Roles
            .Where(r => former || !strictDate || day is null || r.HeldOn(day.Value))
            .Select(r => ActorCatalog.NormalizeName(r.Title + " " + r.Organisation));
        if (discoveredRole is not null) roleTitles = roleTitles.Append(ActorCatalog.NormalizeName(discoveredRole));
        var list = roleTitles.ToList();
        if (list.Count == 0) return !strictDate && actor.Roles.Count == 0;
        var vice = ContainsWord(norm, "vice");
        return list.Any(role => offices.All(o => RoleHasOffice(role, o)) && (!vice || ContainsWord(role, "vice")));
    }

    private static bool RoleHasOffice(string role, string office) => office switch
    {
        "adviser" => ContainsWord(role, "adviser") || ContainsWord(role, "advisor"),
        "leader" => ContainsWord(role, "leader") || ContainsWord(role, "chairman") || ContainsWord(role, "general secretary")
            || ContainsWord(role, "president") || ContainsWord(role, "prime minister") || ContainsWord(role, "premier"),
        "chairman" => ContainsWord(role, "chairman") || ContainsWord(role, "chairwoman") || ContainsWord(role, "chair"),
        "spokesperson" => ContainsWord(role, "spokesperson") || ContainsWord(role, "spokesman") || ContainsWord(role, "spokeswoman"),
        _ => ContainsWord(role, office),
    };

    public static bool ContainsWord(string haystack, string word)
    {
        var i = 0;
        while ((i = haystack.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            var before = i == 0 || haystack[i - 1] == ' ';
            var after = i + word.Length == haystack.Length || haystack[i + word.Length] == ' ';
            if (before && after) return true;
            i++;
        }
        return false;
    }
}
