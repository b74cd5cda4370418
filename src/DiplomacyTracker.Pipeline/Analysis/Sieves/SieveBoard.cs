namespace DiplomacyTracker.Analysis;

/// <summary>
/// The facts found so far in one article, shared by the sieves of one kind in order. A sieve reads what earlier sieves
/// found and adds its own; the runner stamps each addition with the sieve's name.
/// </summary>
internal sealed class SieveBoard<TFact>
{
    private List<Sieved<TFact>> _facts = [];

    public IReadOnlyList<Sieved<TFact>> Facts => _facts;

    /// <summary>The sieve now running (set by <see cref="SieveRunner"/>).</summary>
    internal string CurrentSieve { get; set; } = "";

    /// <summary>Adds a fact read from sentence <paramref name="sentence"/>; <paramref name="rule"/> names a finer rule
    /// inside the sieve ("english.attribution/according-to").</summary>
    public void Add(TFact fact, int sentence, string? rule = null) =>
        _facts.Add(new Sieved<TFact>(fact, string.IsNullOrEmpty(rule) ? CurrentSieve : CurrentSieve + "/" + rule, sentence));

    /// <summary>True when an earlier fact came from sentence <paramref name="sentence"/>.</summary>
    public bool Claimed(int sentence)
    {
        foreach (var f in _facts)
            if (f.Sentence == sentence) return true;
        return false;
    }

    internal List<Sieved<TFact>> Snapshot(Func<TFact, TFact>? clone) =>
        clone is null ? [.. _facts] : _facts.Select(f => f with { Fact = clone(f.Fact) }).ToList();

    internal void Restore(List<Sieved<TFact>> snapshot) => _facts = snapshot;
}
