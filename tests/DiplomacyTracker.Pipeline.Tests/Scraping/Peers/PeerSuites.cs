using DiplomacyTracker.Evaluation.Peers;

namespace DiplomacyTracker.Tests.Scraping.Peers;

/// <summary>The peers' suites as copied under TestData/Peers, loaded once; each feed file is parsed once and its result shared.</summary>
internal static class PeerSuites
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "Peers");
    private static readonly Lazy<FeedSuite> LazyFeeds = new(() => FeedSuite.Load(Path.Combine(Root, "feedparser", "cases.json")));
    private static readonly Lazy<RobotsSuite> LazyRobots = new(() => RobotsSuite.Load(Path.Combine(Root, "robotstxt", "robots_test.cc")));
    private static readonly Dictionary<(string, bool), FeedCaseResult> Results = [];

    public static FeedSuite Feeds => LazyFeeds.Value;

    public static RobotsSuite Robots => LazyRobots.Value;

    public static FeedCaseResult Run(string file, bool addLinks)
    {
        lock (Results)
        {
            if (!Results.TryGetValue((file, addLinks), out var result))
            {
                var feedCase = Feeds.Cases.Single(c => c.File == file);
                Results[(file, addLinks)] = result = FeedCaseRunner.Run(feedCase, Feeds.Read(feedCase), addLinks);
            }
            return result;
        }
    }
}
