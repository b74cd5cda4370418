namespace DiplomacyTracker.Data.Entities;

/// <summary>
/// The store's change number: one row (Id 1) whose <see cref="Value"/> goes up after every committed save
/// (<see cref="StoreGenerationBump"/>), so an instance can tell with one read that another one wrote.
/// </summary>
public class StoreGeneration
{
    public int Id { get; set; }
    public long Value { get; set; }
}
