namespace DiplomacyTracker.Analysis;

/// <summary>A reporting clause of one sentence: its cue verb, the subject standing for the speaker, and where its words lie.</summary>
internal sealed record Report(int Sentence, int Cue, Subject Subject, ReportWords Words);
