using System.Text.RegularExpressions;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Tests.Reference;

/// <summary>Integrity checks on the curated actors file: ids, kinds, spellings and role dates.</summary>
public sealed partial class ReferenceDataTests
{
    private static readonly ReferenceActorsFile File = ReferenceDataLoader.LoadActors();

    /// <summary>Normalised spellings deliberately shared by more than one actor (none at present; a person pair is never allowed).</summary>
    private static readonly HashSet<string> SharedAliases = new(StringComparer.Ordinal);

    private static readonly HashSet<string> HonorificWords = new(StringComparer.Ordinal)
    {
        "president", "chairman", "chairwoman", "leader", "minister", "premier", "secretary", "general", "marshal",
        "ambassador", "envoy", "prime", "foreign", "acting", "supreme", "comrade", "mr", "mrs", "ms", "dr", "first", "lady",
    };

    [Fact]
    public void Actors_file_loads_with_format_version_1_and_a_useful_number_of_entries()
    {
        Assert.Equal(1, File.FormatVersion);
        Assert.InRange(File.Actors.Count, 150, 400);
        foreach (var country in new[] { "KR", "KP", "US", "JP", "CN", "RU", "UN" })
            Assert.Contains(File.Actors, a => a.Country == country);
    }

    [Fact]
    public void Actor_ids_are_unique_and_prefixed_with_their_country()
    {
        var duplicates = File.Actors.GroupBy(a => a.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        foreach (var actor in File.Actors)
        {
            Assert.Matches(ActorIdPattern(), actor.Id);
            Assert.StartsWith(actor.Country!.ToLowerInvariant() + "-", actor.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_actor_has_a_kind_a_name_and_a_description_and_persons_have_a_surname_in_their_name()
    {
        foreach (var actor in File.Actors)
        {
            Assert.True(actor.Kind is "person" or "institution" or "document" or "media", $"{actor.Id}: kind '{actor.Kind}'");
            Assert.False(string.IsNullOrWhiteSpace(actor.Name), actor.Id);
            Assert.False(string.IsNullOrWhiteSpace(actor.Description), actor.Id);
            if (actor.Kind == "person")
            {
                Assert.False(string.IsNullOrWhiteSpace(actor.Surname), $"{actor.Id} has no surname");
                var name = " " + ActorCatalog.NormalizeName(actor.Name) + " ";
                Assert.Contains(" " + ActorCatalog.NormalizeName(actor.Surname!) + " ", name, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(actor.Surname);
            }
        }
    }

    [Fact]
    public void No_spelling_is_shared_by_two_actors_unless_listed_and_never_by_two_persons()
    {
        var owners = new Dictionary<string, List<ReferenceActor>>(StringComparer.Ordinal);
        foreach (var actor in File.Actors)
            foreach (var name in (actor.Aliases ?? []).Prepend(actor.Name))
            {
                var key = ActorCatalog.NormalizeName(name);
                Assert.False(key.Length == 0, $"{actor.Id} has an empty alias");
                if (!owners.TryGetValue(key, out var list)) owners[key] = list = [];
                if (!list.Contains(actor)) list.Add(actor);
            }

        var shared = owners.Where(o => o.Value.Count > 1).ToList();
        var unexpected = shared.Where(o => !SharedAliases.Contains(o.Key))
            .Select(o => $"'{o.Key}': {string.Join(", ", o.Value.Select(a => a.Id))}").ToList();
        Assert.True(unexpected.Count == 0, "Shared spellings: " + string.Join("; ", unexpected));
        var personPairs = shared.Where(o => o.Value.Count(a => a.Kind == "person") > 1).Select(o => o.Key).ToList();
        Assert.Empty(personPairs);
    }

    [Fact]
    public void Latin_person_aliases_are_never_a_bare_title_with_a_surname()
    {
        foreach (var actor in File.Actors.Where(a => a.Kind == "person"))
            foreach (var alias in actor.Aliases ?? [])
            {
                if (!alias.Any(char.IsAsciiLetter)) continue;
                var tokens = ActorCatalog.NormalizeName(alias).Split(' ');
                var nameTokens = tokens.Count(t => !HonorificWords.Contains(t));
                Assert.True(nameTokens >= 2, $"{actor.Id}: alias '{alias}' is too bare to name one person");
            }
    }

    [Fact]
    public void Korean_heads_of_state_have_a_hangul_alias()
    {
        string[] headTitles = ["President of South Korea", "Acting President of South Korea", "Supreme Leader of North Korea",
            "President of the Presidium of the Supreme People's Assembly"];
        var heads = File.Actors.Where(a => (a.Roles ?? []).Any(r => headTitles.Contains(r.Title))).ToList();
        Assert.True(heads.Count >= 14, $"only {heads.Count} Korean heads of state found");
        foreach (var head in heads)
            Assert.True((head.Aliases ?? []).Any(alias => alias.Any(IsHangulSyllable)), $"{head.Id} has no Hangul alias");
    }

    private static bool IsHangulSyllable(char ch) => ch is >= '\uAC00' and <= '\uD7A3';

    [GeneratedRegex("^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ActorIdPattern();
}
