using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Tests.Intake;

public class ShinglesTests
{
    private static string Words(int from, int count) => string.Join(" ", Enumerable.Range(from, count).Select(i => $"w{i}"));

    [Fact]
    public void Hashes_are_stable_across_calls_and_ignore_case()
    {
        Assert.Equal(Shingles.Of("North Korea fired a missile on Friday"), Shingles.Of("NORTH korea Fired a missile on friday"));
    }

    [Fact]
    public void Sketch_estimate_screens_in_copies_and_screens_out_other_stories()
    {
        var story = Shingles.Of(Words(0, 400));
        var copyWithExtra = Shingles.Of(Words(0, 400) + " " + Words(1000, 40));
        var other = Shingles.Of(Words(5000, 400));

        var copyEstimate = Shingles.EstimateOverlap(Shingles.Sketch(story), story.Count, Shingles.Sketch(copyWithExtra), copyWithExtra.Count);
        var otherEstimate = Shingles.EstimateOverlap(Shingles.Sketch(story), story.Count, Shingles.Sketch(other), other.Count);

        Assert.True(Shingles.Overlap(story, copyWithExtra) > 0.99);
        Assert.True(copyEstimate >= DuplicateFinder.SketchScreen, $"copy estimate {copyEstimate:0.00}");
        Assert.True(otherEstimate < DuplicateFinder.SketchScreen, $"other estimate {otherEstimate:0.00}");
        Assert.Equal(0, Shingles.Overlap(story, other));
    }
}
