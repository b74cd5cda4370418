namespace DiplomacyTracker.Analysis;

/// <summary>
/// "Yoon met Xi on the sidelines of the APEC forum in Lima on Friday", "which had been expected on the sidelines of the G7
/// summit here, was called off": the gathering named as the frame of a meeting is a summit of its own. Its date words
/// belong to the meeting; its state follows the meeting's — held when the meeting was held or called off (the gathering
/// still took place), planned otherwise; without a place of its own it is where the meeting is, and a meeting without one is where the gathering is.
/// </summary>
internal static class Sidelines
{
    /// <summary>True when "sidelines of", "margins of" or "the final/second/… day of" comes within eight words (a day, thirteen) before the
    /// trigger ("talks on Saturday, the final day of the two-day APEC leaders' meeting").</summary>
    public static bool Before(IReadOnlyList<Token> tokens, int ti, int first)
    {
        for (var k = ti - 2; k >= first && k >= ti - 14; k--)
        {
            if (k >= ti - 9 && tokens[k].Norm is "sidelines" or "sideline" or "margins" or "margin" && tokens[k + 1].Norm == "of") return true;
            if (tokens[k].Norm == "day" && tokens[k + 1].Norm == "of" && k - 1 >= first && tokens[k - 1].Norm is "final" or "last" or "closing" or "first" or "opening" or "second" or "third") return true;
        }
        return false;
    }

    /// <summary>Gives each sidelines summit of the sentence that has no state the state of the sentence's meeting, or of
    /// the previous sentence's meeting when this sentence only placed it ("The meeting will take place in Bali, …").</summary>
    public static void TakeStatusFromMeeting(List<SummitCandidate> into, int sentenceStart, int? followedSentenceStart)
    {
        foreach (var frame in into.Where(c => c.EvidenceStart == sentenceStart && c.OnSidelines && c.Status is null))
        {
            var meeting = into.LastOrDefault(c => c.EvidenceStart == sentenceStart && !c.Multilateral && c.Status is not null)
                ?? into.LastOrDefault(c => c.EvidenceStart == followedSentenceStart && !c.Multilateral && c.Status is not null);
            if (meeting?.Status is not { } status) continue;
            frame.Location ??= meeting.Location; // "The meeting will take place in Bali on Tuesday, on the sidelines of the G20 summit"
            if (meeting.EvidenceStart == sentenceStart) meeting.Location ??= frame.Location; // "… on the sidelines of the APEC forum in Lima"
            frame.Status = status is SummitStatus.Held or SummitStatus.Cancelled ? SummitStatus.Held : SummitStatus.Planned;
        }
    }
}
