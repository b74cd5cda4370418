using DiplomacyTracker.Analysis;

namespace DiplomacyTracker.Tests.Analysis;

/// <summary>The sieve runner: order, provenance, and a throwing sieve losing only its own output.</summary>
public sealed class SieveRunnerTests
{
    private static readonly AnalysedDocument Doc = DocumentBuilder.ForText("First sentence. Second sentence. Third one.", SeedArticles.Catalog, null);

    private sealed class Adds(string name, string fact, int sentence) : ISieve<string>
    {
        public string Name => name;
        public void Run(AnalysedDocument doc, SieveBoard<string> board) => board.Add(fact, sentence);
    }

    private sealed class SeesEarlier : ISieve<string>
    {
        public string Name => "sees";
        public void Run(AnalysedDocument doc, SieveBoard<string> board)
        {
            for (var n = 0; n < doc.Sentences.Count; n++)
                if (!board.Claimed(n)) board.Add("left " + n, n);
        }
    }

    private sealed class AddsThenThrows : ISieve<string>
    {
        public string Name => "broken";
        public void Run(AnalysedDocument doc, SieveBoard<string> board)
        {
            board.Add("half-done", 0);
#pragma warning disable CA2208 // a sieve that crashes the way real code does, on purpose
            throw new ArgumentOutOfRangeException("start");
#pragma warning restore CA2208
        }
    }

    private sealed class Box(string value)
    {
        public string Value { get; set; } = value;
    }

    private sealed class MutatesThenThrows : ISieve<Box>
    {
        public string Name => "mutates";
        public void Run(AnalysedDocument doc, SieveBoard<Box> board)
        {
            board.Facts[0].Fact.Value = "changed";
            throw new InvalidOperationException("boom");
        }
    }

    [Fact]
    public void Facts_carry_their_sieve_and_sentence_and_later_sieves_fill_what_is_left()
    {
        var failures = new List<SieveFailure>();
        var facts = SieveRunner.Run(Doc, [new Adds("first", "a", 1), new SeesEarlier()], failures);
        Assert.Empty(failures);
        Assert.Equal([("a", "first", 1), ("left 0", "sees", 0), ("left 2", "sees", 2)], facts.Select(f => (f.Fact, f.Sieve, f.Sentence)));
    }

    [Fact]
    public void A_sieve_that_throws_loses_only_its_own_output_and_is_recorded()
    {
        var failures = new List<SieveFailure>();
        var facts = SieveRunner.Run(Doc, [new Adds("first", "a", 0), new AddsThenThrows(), new Adds("last", "z", 2)], failures);
        Assert.Equal(["a", "z"], facts.Select(f => f.Fact));
        var failure = Assert.Single(failures);
        Assert.Equal(("broken", nameof(ArgumentOutOfRangeException)), (failure.Sieve, failure.ExceptionType));
    }

    [Fact]
    public void A_failing_sieve_that_changed_earlier_facts_in_place_leaves_them_as_they_were()
    {
        var failures = new List<SieveFailure>();
        var facts = SieveRunner.Run(Doc, [new BoxSieve(), new MutatesThenThrows()], failures, b => new Box(b.Value));
        Assert.Equal("original", Assert.Single(facts).Fact.Value);
        Assert.Single(failures);
    }

    private sealed class BoxSieve : ISieve<Box>
    {
        public string Name => "box";
        public void Run(AnalysedDocument doc, SieveBoard<Box> board) => board.Add(new Box("original"), 0);
    }

    [Fact]
    public void A_rule_inside_a_sieve_is_named_after_it()
    {
        var facts = SieveRunner.Run(Doc, [new RuleSieve()], []);
        Assert.Equal("english.x/colon", Assert.Single(facts).Sieve);
    }

    private sealed class RuleSieve : ISieve<string>
    {
        public string Name => "english.x";
        public void Run(AnalysedDocument doc, SieveBoard<string> board) => board.Add("f", 0, "colon");
    }
}
