namespace DiplomacyTracker.Analysis;

/// <summary>The speaker a reporting verb belongs to: a mention, or a pronoun standing for one.</summary>
internal sealed record Subject(Mention? Mention, int TokenIndex, string? Pronoun, int Start);

/// <summary>
/// Finds the grammatical subject of a reporting verb by walking back over adverbs ("has repeatedly stated") and an
/// appositive (", sister of Kim Jong-un,"), and checks that nothing but an introductory clause precedes it, so a
/// name inside another clause ("Officials said Kim warned") is never taken for the speaker.
/// </summary>
internal static class SubjectFinder
{
    public static Subject? Before(AnalysedDocument doc, Dictionary<int, Mention> byEnd, int sentenceStart, int firstToken, int cue)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var k = cue - 1;
        while (k >= firstToken && ReportingVerbs.IsFiller(tokens[k].Norm) && WordTokenizer.OnlySpaces(text, tokens[k].End, tokens[k + 1].Start)
               && !byEnd.ContainsKey(tokens[k].End)) k--;
        if (k < firstToken) return null;
        var named = BeforeAcronym(text, tokens, firstToken, k);
        var gap = named < k ? default : text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim();
        if (gap.SequenceEqual(".") && tokens[k].Length == 1 && tokens[k].AllUpper) gap = default; // "The U.N. said"
        if (gap.SequenceEqual("),"))
        {
            // "Kim, who is … of the Workers’ Party of Korea (WPK), noted": the appositive ends before the parenthesis.
            var open = text.LastIndexOf('(', tokens[k].Start);
            if (open <= tokens[firstToken].Start) return null;
            named = TokenIndex.FirstAtOrAfter(tokens, open) - 1;
            if (named < firstToken) return null;
            gap = ",";
        }
        k = named;
        if (gap.SequenceEqual(","))
        {
            // "South Korea's national security adviser, Chang Ho-jin, told": the name between commas is the subject.
            if (!(byEnd.ContainsKey(tokens[k].End) && CommaBefore(text, byEnd[tokens[k].End].TitleStart))) k = AppositiveStart(doc, byEnd, firstToken, k);
        }
        else if (gap.Length != 0) return null;
        if (k < firstToken) return null;
        if (byEnd.TryGetValue(tokens[k].End, out var mention))
            return mention.NotSubject ? null : new Subject(mention, k, null, mention.TitleStart);
        // "A U.S. Forces Korea spokesperson said": an institution's spokesperson speaks for it.
        if (tokens[k].Norm is "spokesperson" or "spokesman" or "spokeswoman" && k > firstToken && byEnd.TryGetValue(tokens[k - 1].End, out var body)
            && body.Actor is { Kind: ActorKind.Institution } && WordTokenizer.OnlySpaces(text, tokens[k - 1].End, tokens[k].Start))
            return new Subject(body, k, null, body.TitleStart);
        if (tokens[k].Norm is "he" or "she" or "it")
            return new Subject(null, k, tokens[k].Norm, tokens[k].Start);
        return Definite(tokens, firstToken, k);
    }

    /// <summary>"the president", "the North Korean leader", "the ministry": a definite description standing for the last subject.</summary>
    private static Subject? Definite(IReadOnlyList<Token> tokens, int firstToken, int k)
    {
        var head = tokens[k].Norm;
        if (!NameWords.OfficeWords.Contains(head) && head is not ("ministry" or "agency" or "department" or "office" or "command")) return null;
        var j = k - 1;
        while (j >= firstToken && k - j <= 4 && tokens[j].Norm != "the" && NameWords.TitleWords.Contains(tokens[j].Norm)) j--;
        if (j < firstToken || tokens[j].Norm != "the") return null;
        var phrase = string.Join(' ', Enumerable.Range(j + 1, k - j).Select(i => tokens[i].Norm));
        return new Subject(null, k, "the " + phrase, tokens[j].Start);
    }

    /// <summary>"The Joint Chiefs of Staff (JCS) said": the name before an acronym in parentheses, else <paramref name="k"/>.</summary>
    private static int BeforeAcronym(string text, IReadOnlyList<Token> tokens, int firstToken, int k)
    {
        if (k <= firstToken || !tokens[k].AllUpper || tokens[k].Length is < 2 or > 8) return k;
        var after = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim();
        var before = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim();
        return after.SequenceEqual(")") && before.SequenceEqual("(") ? k - 1 : k;
    }

    private static bool CommaBefore(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == ',';
    }

    /// <summary>After "X, ..., said": the last token of X, or -1 when the comma does not close an appositive.</summary>
    private static int AppositiveStart(AnalysedDocument doc, Dictionary<int, Mention> byEnd, int firstToken, int k)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        for (var j = k - 1; j >= firstToken && k - j <= 30; j--)
        {
            if (ReportingVerbs.At(tokens[j]) is not null || tokens[j].Norm == "that") return -1;
            var between = text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Trim();
            var dotted = between.SequenceEqual(".") && tokens[j].Length <= 3; // "U.S.", "Mr."
            if (!dotted && between.IndexOfAny(".;:\u201C\u201D\"") >= 0) return -1;
            if (between.SequenceEqual(",")) return byEnd.ContainsKey(tokens[j].End) || NameWords.OfficeWords.Contains(tokens[j].Norm) ? j : -1;
        }
        return -1;
    }

    /// <summary>What precedes the subject: nothing, "The", an introductory clause ending in a comma, a colon or a bullet.</summary>
    public static PreSubject Classify(string text, int sentenceStart, int subjectStart)
    {
        if (subjectStart <= sentenceStart) return PreSubject.Start; // a title written before the sentence's first word
        var pre = text.AsSpan(sentenceStart, subjectStart - sentenceStart).TrimEnd();
        if (pre.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (pre.Length == 3 || !char.IsLetter(pre[^4]))) pre = pre[..^3].TrimEnd();
        if (pre.Length == 0) return PreSubject.Start;
        var last = pre[^1];
        if (last is '\u201D' or '"' || (last == ',' && pre.Length >= 2 && pre[^2] is '\u201D' or '"')) return PreSubject.AfterQuote;
        if (pre.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || pre.EndsWith(" or", StringComparison.OrdinalIgnoreCase))
        {
            // "Lee and Trump said" is a pair; "An infection was never confirmed and the WHO later said" joins two clauses.
            var before = pre[..pre.LastIndexOf(' ')].TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            return word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) ? PreSubject.Start : PreSubject.Invalid;
        }
        if (last == ',') return PreSubject.AfterComma;
        var trimmed = TrimCapitalisedTail(pre);
        if (trimmed.Length < pre.Length && trimmed.Length > 0 && trimmed[^1] == ',') return PreSubject.AfterComma;
        if (last is ':' or '*' or '-' or '\u2022' or '\u2013' or '\u2014' or ';') return PreSubject.Start;
        if (pre.Length <= 4 && pre.ToString().ToLowerInvariant() is "but" or "and" or "so" or "yet") return PreSubject.Start;
        if (EndsWithWord(pre, "after") || EndsWithWord(pre, "when") || EndsWithWord(pre, "before") || EndsWithWord(pre, "since")
            || EndsWithWord(pre, "while") || EndsWithWord(pre, "because") || EndsWithWord(pre, "as")) return PreSubject.Start; // "a day after President Lee told …"
        if (TimePhrase(pre) || AgencyDescription(pre)) return PreSubject.Start; // "Last year the U.N. experts said", "The official news agency KCNA said"
        if (pre.EndsWith("to which", StringComparison.OrdinalIgnoreCase)) return PreSubject.Start; // "— to which Putin responded, “…”"
        return OnlyCapitalisedWords(pre) ? PreSubject.Start : PreSubject.Invalid;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "last", "this", "next", "earlier", "later", "on", "in", "year", "month", "week", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "meanwhile",
    };

    /// <summary>"Last year", "On Monday", "Earlier this month": a short phrase of time words opening the sentence.</summary>
    private static bool TimePhrase(ReadOnlySpan<char> pre)
    {
        var words = 0;
        foreach (var range in pre.Split(' '))
        {
            var word = pre[range];
            if (word.Length == 0) continue;
            if (++words > 3 || !TimeWords.Contains(word.ToString())) return false;
        }
        return words > 0;
    }

    private static readonly string[] AgencyNouns = ["news agency", "agency", "newspaper", "broadcaster", "daily"];

    /// <summary>"The official North Korean news agency": a description written before an outlet's name, no verb in it.</summary>
    private static bool AgencyDescription(ReadOnlySpan<char> pre)
    {
        if (!pre.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || pre.Count(' ') > 6) return false;
        foreach (var noun in AgencyNouns)
            if (pre.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Drops up to four trailing capitalised words ("Cheong Wa Dae").</summary>
    private static ReadOnlySpan<char> TrimCapitalisedTail(ReadOnlySpan<char> pre)
    {
        for (var n = 0; n < 4; n++)
        {
            var space = pre.LastIndexOf(' ');
            if (space < 0) return pre;
            var word = pre[(space + 1)..];
            if (word.Length == 0 || !char.IsUpper(word[0])) return pre;
            pre = pre[..space].TrimEnd();
            if (pre.Length > 0 && pre[^1] == ',') return pre;
        }
        return pre;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> pre, string word) =>
        pre.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (pre.Length == word.Length || pre[^(word.Length + 1)] == ' ');

    /// <summary>"White House press secretary …", "North Korea’s …": a name-like prefix, no lower-case verb in it.</summary>
    private static bool OnlyCapitalisedWords(ReadOnlySpan<char> pre)
    {
        if (pre.Length > 60) return false;
        var words = 0;
        foreach (var range in pre.Split(' '))
        {
            var word = pre[range].Trim("\u2019'");
            if (word.Length == 0) continue;
            // "Calling Mr Putin …": a sentence-opening participle makes the name its object, not a title's holder.
            if (words == 0 && word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) return false;
            words++;
            if (!char.IsUpper(word[0]) && !(word.Length <= 2 && word is "s" or "'s")) return false;
        }
        return words is > 0 and <= 4;
    }
}

/// <summary>Where a subject stands in its sentence.</summary>
internal enum PreSubject
{
    Invalid,
    Start,
    AfterComma,
    AfterQuote,
}
