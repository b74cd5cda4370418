namespace DiplomacyTracker.Analysis;

/// <summary>
/// "Lee's summit with Trump, which had been expected on the sidelines of the G7 summit here, was called off": the verb
/// after a ", which …," clause belongs to the noun before the clause, however far away, and not to what the clause names.
/// </summary>
internal static class RelativeClauses
{
    private const int MaxLength = 30;

    /// <summary>The ", which …," clause opening within a few words after the trigger: (first token of "which", first token after the closing comma).</summary>
    public static (int Which, int After)? Following(string text, IReadOnlyList<Token> tokens, int ti, int last)
    {
        for (var k = ti + 1; k < last && k <= ti + 8; k++)
        {
            if (CommaBefore(text, tokens, k))
                return tokens[k].Norm is "which" or "that" && Close(text, tokens, k, last) is { } after ? (k, after) : null;
        }
        return null;
    }

    /// <summary>The first token after the clause holding <paramref name="ti"/>, when <paramref name="ti"/> sits inside a ", which …," clause; else null.</summary>
    public static int? Enclosing(string text, IReadOnlyList<Token> tokens, int ti, int first, int last)
    {
        for (var k = ti; k > first && k >= ti - MaxLength; k--)
        {
            if (k < ti && CommaBefore(text, tokens, k + 1) && tokens[k + 1].Norm is not ("which" or "that")) return null;
            if (tokens[k].Norm is "which" && CommaBefore(text, tokens, k)) return Close(text, tokens, k, last) is { } after && after > ti ? after : null;
        }
        return null;
    }

    /// <summary>The main verb's status right after the clause ("was called off", "was postponed"), strong cues only.</summary>
    public static (SummitStatus Status, int Index)? MainVerb(IReadOnlyList<Token> tokens, int after, int last)
    {
        for (var k = after; k < last && k <= after + 3; k++)
        {
            if (k + 1 < last && SummitCues.Phrase(tokens[k].Norm, tokens[k + 1].Norm) is { } phrase) return (phrase, k);
            if (SummitCues.Lookup(tokens[k].Norm) is { Strong: true } cue && tokens[k].Norm is not ("will" or "met" or "took")) return (cue.Status, k);
        }
        return null;
    }

    /// <summary>"the summit here": a "here" right after the trigger or inside its ", which …," clause (before <paramref name="end"/>).</summary>
    public static bool Here(IReadOnlyList<Token> tokens, int ti, int end)
    {
        for (var k = ti + 1; k < end; k++)
            if (tokens[k].Norm == "here" && (k + 1 >= tokens.Count || tokens[k + 1].Norm is not ("is" or "are"))) return true;
        return false;
    }

    /// <summary>The value when <paramref name="condition"/> holds, else null.</summary>
    public static string? Then(this bool condition, Func<string?> value) => condition ? value() : null;

    private static int? Close(string text, IReadOnlyList<Token> tokens, int which, int last)
    {
        for (var k = which + 1; k < last && k <= which + MaxLength; k++)
            if (CommaBefore(text, tokens, k)) return k;
        return null;
    }

    private static bool CommaBefore(string text, IReadOnlyList<Token> tokens, int k) =>
        k > 0 && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains(',');
}
