namespace DiplomacyTracker.Analysis;

/// <summary>
/// "Lee invited Trump to Panmunjom for a meeting with Kim": the one who invites usually stays out of the meeting. He is
/// at the table when the meeting needs him — "Biden invited Yoon and Kishida to Washington for a separate trilateral
/// summit" (three named for a trilateral) — or when he invites the others to his own country's place.
/// </summary>
internal static class Inviters
{
    /// <summary>True when the inviter whose verb is at <paramref name="verb"/> takes part in the meeting of the sentence.</summary>
    public static bool AlsoAttends(AnalysedDocument doc, CatalogActor inviter, int verb, int first, int last, int named)
    {
        var tokens = doc.Tokens;
        for (var k = verb + 1; k < last; k++)
        {
            if (named == 3 && tokens[k].Norm is "trilateral" or "three") return true;
            // "invited Yoon and Kishida to Washington", "proposed a summit in Washington with …": the host's own capital or country.
            if (tokens[k - 1].Norm is "to" or "in" && PlaceNames.At(tokens, k, last) is { } place && Countries.OfPlace(place.Display) is { } code
                && code == inviter.Country && !WithSomeoneElse(doc, k, last)) return true;
        }
        return false;
    }

    /// <summary>"… to Panmunjom for a meeting with Kim": the meeting is with a named other person.</summary>
    private static bool WithSomeoneElse(AnalysedDocument doc, int from, int last)
    {
        var tokens = doc.Tokens;
        for (var k = from; k + 1 < last; k++)
            if (tokens[k].Norm is "with" or "between" && TokenIndex.FirstMentionAtOrAfter(doc.Mentions, tokens[k + 1].Start) is var m
                && m < doc.Mentions.Count && doc.Mentions[m].TitleStart == tokens[k + 1].Start) return true;
        return false;
    }
}
