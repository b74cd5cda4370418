namespace DiplomacyTracker.Analysis;

/// <summary>The words that open a summit report (summit, talks, met, visit …) and the small tests on the words around them.</summary>
internal static partial class SummitSentenceReader
{
    private static bool IsTrigger(AnalysedDocument doc, int i, int first, int last)
    {
        var tokens = doc.Tokens;
        var norm = tokens[i].Norm;
        if (i > first && tokens[i - 1].Norm == "pre") return false;
        if ((i > first && tokens[i - 1].Norm == "no") || (i > first + 1 && tokens[i - 2].Norm == "no")) return false; // "no third summit had been scheduled"
        return norm switch
        {
            "summit" or "meeting" => true,
            "talks" => i + 1 < last && tokens[i + 1].Norm is "with" or "between" || i > first && tokens[i - 1].Norm == "summit" || HeldBefore(tokens, i, first),
            "met" or "meet" or "meets" => i + 1 < last && (tokens[i + 1].Norm == "with" || StartsMention(doc, tokens[i + 1].Start) || JointSubject.Before(doc, i, first, last) is not null
                || GroupSubject.Size(tokens, i, first, last) is not null || CounterpartAfter(doc, i, last)) && !Repeated(tokens, i, last),
            "visit" or "visits" or "visited" or "visiting" or "trip" => Visits.IsVisit(doc, i, first, last),
            "forum" => MultilateralBefore(tokens, i, first) is not null, // "the Asia-Pacific Economic Cooperation (APEC) forum"
            "dialogue" => i + 1 < last && tokens[i + 1].Norm == "with" && i + 2 < last && StartsMention(doc, tokens[i + 2].Start),
            _ => false,
        };
    }

    /// <summary>"held talks", "held more than two hours of talks", "held their first face-to-face talks".</summary>
    private static bool HeldBefore(IReadOnlyList<Token> tokens, int i, int first)
    {
        for (var k = i - 1; k >= first && k >= i - 6; k--)
        {
            if (tokens[k].Norm is "held" or "hold" or "holding" or "holds") return true;
            if (tokens[k].Norm is "and" or "but" or "after" or "before" or "that") return false;
        }
        return false;
    }

    /// <summary>"met his Japanese counterpart" with no name after it: the object is a role the parties step resolves
    /// ("met his U.S. counterpart Sung Kim" is decided by the name, as before).</summary>
    private static bool CounterpartAfter(AnalysedDocument doc, int i, int last)
    {
        var tokens = doc.Tokens;
        if (i + 3 >= last || tokens[i + 1].Norm is not ("his" or "her")) return false;
        var c = tokens[i + 3].Norm == "counterpart" ? i + 3 : i + 4 < last && tokens[i + 4].Norm == "counterpart" ? i + 4 : -1;
        return c > 0 && (c + 1 >= last || !tokens[c + 1].Capitalized);
    }

    /// <summary>One place names the other ("Gyeongju" and "Gyeongju National Museum, Gyeongju"), or one is the other's country.</summary>
    private static bool PlacesAgree(string a, string b) =>
        a.Contains(b.Split(',')[0], StringComparison.OrdinalIgnoreCase) || b.Contains(a.Split(',')[0], StringComparison.OrdinalIgnoreCase)
        || (PlaceNames.IsBroad(a.Split(',')[0]) || PlaceNames.IsBroad(b.Split(',')[0])) && Countries.OfPlace(a) is { } ca && ca == Countries.OfPlace(b);

    /// <summary>"trilateral summit", "three-way talks": the word right before the trigger (or before "summit talks").</summary>
    private static bool Trilateral(IReadOnlyList<Token> tokens, int ti, int first)
    {
        for (var k = ti - 1; k >= first && k >= ti - 2; k--)
            if (tokens[k].Norm is "trilateral" or "three" || (tokens[k].Norm == "way" && k - 1 >= first && tokens[k - 1].Norm == "three")) return true;
        return false;
    }

    /// <summary>"since a 30-minute meeting", "since their summit": "since" within four words before the trigger.</summary>
    private static bool SinceBefore(IReadOnlyList<Token> tokens, int ti, int first)
    {
        for (var k = ti - 1; k >= first && k >= ti - 4; k--)
        {
            if (tokens[k].Norm == "since") return true;
            if (tokens[k].Norm is "and" or "held" or "hold" or "holding") return false; // "since 2005, and held talks with Kim"
        }
        return false;
    }

    /// <summary>"met Kim three times": several meetings, not one summit.</summary>
    private static bool Repeated(IReadOnlyList<Token> tokens, int i, int last)
    {
        for (var k = i + 1; k < last && k <= i + 7; k++)
            if (tokens[k].Norm is "times" or "twice" or "repeatedly") return true;
        return false;
    }

    private static bool StartsMention(AnalysedDocument doc, int offset)
    {
        var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, offset);
        return m < doc.Mentions.Count && (doc.Mentions[m].Start == offset || doc.Mentions[m].TitleStart == offset);
    }

    private static string? MultilateralBefore(IReadOnlyList<Token> tokens, int i, int first)
    {
        for (var k = i - 1; k >= first && k >= i - 5; k--)
        {
            if (SummitCues.Multilateral.TryGetValue(tokens[k].Norm, out var name)) return name;
            if (k == i - 1 && i + 3 < tokens.Count && tokens[i + 1].Norm == "of" && tokens[i + 2].Norm == "the"
                && SummitCues.Multilateral.TryGetValue(tokens[i + 3].Norm, out var after)) return after; // "a summit of the Quad"
            if (k - 2 >= first && tokens[k - 2].Norm == "group" && tokens[k - 1].Norm == "of") // "Group of Seven summit", "Group of 20 summit"
                return tokens[k].Norm switch { "seven" or "7" => "G7", "twenty" or "20" => "G20", _ => null };
        }
        return null;
    }
}
