namespace DiplomacyTracker.Analysis;

/// <summary>
/// Runs an ordered list of sieves over one document. A sieve that throws loses only its own output (the board goes back
/// to what it held before that sieve ran) and is recorded in the failures the caller logs; the others still run.
/// </summary>
internal static class SieveRunner
{
    /// <param name="clone">For mutable facts a sieve may change in place (summit candidates filled by a follow-up
    /// sentence): copies them before each sieve so a failure can restore them. Null for immutable facts.</param>
    public static IReadOnlyList<Sieved<TFact>> Run<TFact>(AnalysedDocument doc, IEnumerable<ISieve<TFact>> sieves, List<SieveFailure> failures,
        Func<TFact, TFact>? clone = null)
    {
        var board = new SieveBoard<TFact>();
        foreach (var sieve in sieves)
        {
            var before = board.Snapshot(clone);
            board.CurrentSieve = sieve.Name;
            try
            {
                sieve.Run(doc, board);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                board.Restore(before);
                failures.Add(SieveFailure.From(sieve.Name, e));
            }
        }
        return board.Facts;
    }
}
