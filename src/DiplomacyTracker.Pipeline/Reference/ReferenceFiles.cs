using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyTracker.Reference;

/// <summary>The curated actors file (Reference/actors.json): who speaks in Korea diplomacy, every spelling, every role.</summary>
public sealed record ReferenceActorsFile(int FormatVersion, IReadOnlyList<ReferenceActor> Actors);

/// <summary>One curated actor; <see cref="Id"/> is stable across releases so upgrades can match what is stored.</summary>
public sealed record ReferenceActor(
    string Id,
    string Name,
    string Kind,
    string? Country,
    string? Surname,
    string? Description,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<ReferenceRole>? Roles);

/// <summary>A title held from one date to another; dates are "yyyy-MM-dd", "yyyy-MM" or "yyyy"; a null To means still held.</summary>
public sealed record ReferenceRole(string Title, string? Organisation, string? From, string? To);

/// <summary>The curated summits file (Reference/summits.json) so a new install has a timeline.</summary>
public sealed record ReferenceSummitsFile(int FormatVersion, IReadOnlyList<ReferenceSummit> Summits);

/// <summary>One curated summit; participants are actor ids from actors.json.</summary>
public sealed record ReferenceSummit(
    string Id,
    string Title,
    string? Kind,
    string? Start,
    string? End,
    string? Location,
    string Status,
    string? Outcome,
    IReadOnlyList<string> Participants,
    ReferenceCitation? Source);

/// <summary>Where a curated fact comes from.</summary>
public sealed record ReferenceCitation(string Title, string? Url);

/// <summary>Reads the embedded reference files.</summary>
public static class ReferenceDataLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ReferenceActorsFile LoadActors() => Load<ReferenceActorsFile>("actors.json");

    public static ReferenceSummitsFile LoadSummits() => Load<ReferenceSummitsFile>("summits.json");

    private static T Load<T>(string fileName)
    {
        var assembly = typeof(ReferenceDataLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Reference." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{fileName} is empty");
    }
}
