using System.Text.RegularExpressions;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Reference;

namespace DiplomacyTracker.Tests.Reference;

/// <summary>Integrity checks on the curated summits file and its links to the actors file.</summary>
public sealed partial class SummitReferenceTests
{
    private static readonly ReferenceSummitsFile File = ReferenceDataLoader.LoadSummits();
    private static readonly ActorCatalog Catalog = ActorCatalog.FromEmbeddedReference();

    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "inter-Korean", "US-DPRK", "US-ROK", "China-DPRK", "Russia-DPRK", "Japan-DPRK", "Japan-ROK", "China-ROK", "multilateral",
    };

    private static DateOnly Day(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Summits_file_loads_with_format_version_1_and_unique_date_prefixed_ids()
    {
        Assert.Equal(1, File.FormatVersion);
        Assert.InRange(File.Summits.Count, 40, 200);
        Assert.Empty(File.Summits.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        foreach (var summit in File.Summits)
        {
            Assert.Matches(SummitIdPattern(), summit.Id);
            Assert.StartsWith(summit.Start + "-", summit.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Summit_dates_are_whole_days_in_order_within_2000_to_2025()
    {
        foreach (var summit in File.Summits)
        {
            var start = Day(summit.Start);
            var end = Day(summit.End);
            Assert.True(start <= end, $"{summit.Id}: start after end");
            Assert.InRange(start, new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31));
            Assert.InRange(end, new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31));
            Assert.True(end.DayNumber - start.DayNumber <= 14, $"{summit.Id} lasts more than two weeks");
        }
    }

    [Fact]
    public void Summit_status_kind_title_and_source_are_valid()
    {
        foreach (var summit in File.Summits)
        {
            Assert.True(Enum.TryParse<SummitStatus>(summit.Status, ignoreCase: true, out _), $"{summit.Id}: status '{summit.Status}'");
            Assert.Equal(summit.Status.ToLowerInvariant(), summit.Status);
            Assert.True(summit.Kind is not null && Kinds.Contains(summit.Kind), $"{summit.Id}: kind '{summit.Kind}'");
            Assert.False(string.IsNullOrWhiteSpace(summit.Title), summit.Id);
            Assert.False(string.IsNullOrWhiteSpace(summit.Location), summit.Id);
            Assert.False(string.IsNullOrWhiteSpace(summit.Source?.Title), $"{summit.Id} has no source");
            if (summit.Source!.Url is { } url)
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"{summit.Id}: url '{url}'");
        }
    }

    [Fact]
    public void Every_participant_exists_once_and_held_office_on_the_first_day()
    {
        foreach (var summit in File.Summits)
        {
            Assert.NotEmpty(summit.Participants);
            Assert.Equal(summit.Participants.Count, summit.Participants.Distinct().Count());
            foreach (var id in summit.Participants)
            {
                var actor = Catalog.FindByKey(id);
                Assert.True(actor is not null, $"{summit.Id}: unknown participant '{id}'");
                Assert.True(actor.RoleOn(Day(summit.Start)) is not null, $"{summit.Id}: {id} held no role on {summit.Start}");
            }
        }
    }

    [Fact]
    public void Bilateral_summits_pair_the_countries_their_kind_names()
    {
        var countryOf = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["US"] = "US", ["DPRK"] = "KP", ["ROK"] = "KR", ["China"] = "CN", ["Russia"] = "RU", ["Japan"] = "JP",
        };
        foreach (var summit in File.Summits.Where(s => s.Kind is not "multilateral"))
        {
            var expected = summit.Kind == "inter-Korean" ? ["KR", "KP"] : summit.Kind!.Split('-').Select(p => countryOf[p]).ToArray();
            var actual = summit.Participants.Select(id => Catalog.FindByKey(id)!.Country).Distinct().ToHashSet();
            if (summit.Kind == "US-DPRK") actual.Remove("KR"); // Moon Jae-in joined Trump and Kim at Panmunjom in 2019
            Assert.True(actual.SetEquals(expected), $"{summit.Id}: participants from {string.Join(",", actual)} for kind {summit.Kind}");
        }
    }

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SummitIdPattern();
}
