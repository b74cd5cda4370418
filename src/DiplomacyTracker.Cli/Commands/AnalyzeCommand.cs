using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Cli.Commands;

/// <summary>`analyze`: the whole pipeline on one page, printed, nothing stored.</summary>
internal sealed class AnalyzeCommand(CliConsole console, ArticleInputReader reader, DatabaseInitializer database, ArticleIntake intake) : ICliCommand
{
    public string Name => "analyze";
    public string Usage => "analyze <file-or-url> [--title T] [--published DATE] [--url U] [--json]   run extraction and analysis, store nothing";

    public async Task<int> RunAsync(CliArgs args, CancellationToken ct)
    {
        if (args.Positionals.Count != 1) throw new CliException("analyze takes one file or URL");
        var raw = await reader.ReadAsync(args.Positionals[0], args, ArticleOrigin.Imported, ct);
        await database.InitializeAsync(ct);
        var processed = await intake.PreviewAsync(raw, ct);
        if (!processed.Extracted.Found) throw new CliException($"{args.Positionals[0]}: {processed.Extracted.Error}");
        var json = ToJson(processed);
        if (args.Has("json"))
        {
            console.Out.WriteLine(json.ToJsonString(JsonOutput.Options));
        }
        else
        {
            console.Out.WriteLine($"{processed.Title} ({processed.Published?.ToDisplayString() ?? "date unknown"})");
            console.Out.WriteLine($"relevant: {processed.Analysis.Relevance.IsRelevant} ({processed.Analysis.Relevance.Score:0.00})");
            foreach (var s in processed.Analysis.Statements)
                console.Out.WriteLine($"- {s.SpeakerName} [{s.Kind.ToString().ToLowerInvariant()}, {s.Cue}]: {s.Text}");
            foreach (var s in processed.Analysis.Summits)
                console.Out.WriteLine($"* {s.Title}: {s.Status.ToString().ToLowerInvariant()} {s.Start?.ToIsoString()} {s.Location}");
            foreach (var f in processed.Analysis.Failures)
                console.Out.WriteLine($"! sieve {f.Sieve} failed ({f.ExceptionType}: {f.Message}); the rest of the analysis stands");
        }
        return 0;
    }

    /// <summary>The documented `analyze --json` shape.</summary>
    internal static JsonObject ToJson(ProcessedArticle p)
    {
        var names = p.Analysis.Actors.ToDictionary(a => a.Key, a => a.Name);
        return new JsonObject
        {
            ["title"] = p.Title,
            ["publishedAt"] = p.Published?.ToIsoString(),
            ["byline"] = p.Extracted.Byline,
            ["language"] = p.Extracted.Language,
            ["analysedLanguage"] = p.Analysis.Language,
            ["text"] = p.Text,
            ["relevant"] = p.Analysis.Relevance.IsRelevant,
            ["actors"] = new JsonArray(p.Analysis.Actors.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name, ["country"] = a.Country, ["role"] = a.Role,
            }).ToArray()),
            ["statements"] = new JsonArray(p.Analysis.Statements.Select(s => (JsonNode)new JsonObject
            {
                ["speaker"] = s.SpeakerName, ["role"] = s.Role, ["kind"] = s.Kind.ToString().ToLowerInvariant(),
                ["cue"] = s.Cue, ["text"] = s.Text, ["saidOn"] = s.SaidOn?.ToIsoString(),
                ["sieve"] = s.Sieve, ["sentence"] = s.Sentence,
                ["coSpeakers"] = new JsonArray(s.CoSpeakers.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            }).ToArray()),
            ["summits"] = new JsonArray(p.Analysis.Summits.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title, ["start"] = s.Start?.ToIsoString(), ["end"] = s.End?.ToIsoString(),
                ["location"] = s.Location, ["status"] = s.Status.ToString().ToLowerInvariant(),
                ["participants"] = new JsonArray(s.ParticipantKeys.Select(k => (JsonNode)JsonValue.Create(names.GetValueOrDefault(k, k))).ToArray()),
                ["outcome"] = s.Outcome, ["sieve"] = s.Sieve, ["sentence"] = s.Evidence,
            }).ToArray()),
            ["failures"] = new JsonArray(p.Analysis.Failures.Select(f => (JsonNode)new JsonObject
            {
                ["sieve"] = f.Sieve, ["exception"] = f.ExceptionType, ["message"] = f.Message,
            }).ToArray()),
        };
    }
}

internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
