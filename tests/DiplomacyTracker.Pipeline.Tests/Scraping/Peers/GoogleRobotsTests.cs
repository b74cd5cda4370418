using DiplomacyTracker.Evaluation.Peers;

namespace DiplomacyTracker.Tests.Scraping.Peers;

/// <summary>Google's robots.txt tests (TestData/Peers/robotstxt/robots_test.cc, Apache-2.0) read as data; every case through <see cref="DiplomacyTracker.Scraping.RobotsPolicy"/>.</summary>
public class GoogleRobotsTests
{
    public static TheoryData<string> Cases() => [.. PeerSuites.Robots.Cases.Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Robots_case_gives_googles_answer(string name)
    {
        var robotsCase = PeerSuites.Robots.Cases.Single(c => c.ToString() == name);
        var (passed, actual) = RobotsCaseRunner.Run(robotsCase);
        Assert.True(passed, $"{robotsCase.Kind} agent \"{robotsCase.Agent}\" url \"{robotsCase.Url}\": want {robotsCase.ExpectedValue ?? robotsCase.Expected.ToString()}, got {actual}");
    }

    [Fact]
    public void Every_expect_of_the_file_is_a_case_or_skipped_for_a_stated_reason()
    {
        var suite = PeerSuites.Robots;
        Assert.Equal(72, suite.Cases.Count(c => c.IsRfc && c.Kind == RobotsCaseKind.Allowed));
        Assert.Equal(68, suite.Cases.Count(c => !c.IsRfc && c.Kind == RobotsCaseKind.Allowed));
        Assert.Equal(11, suite.Cases.Count(c => c.Kind == RobotsCaseKind.ValidAgent));
        Assert.Equal(2, suite.Cases.Count(c => c.Kind == RobotsCaseKind.Sitemap));
        Assert.Equal(["GoogleOnly_LineTooLong", "ID_LinesNumbersAreCountedCorrectly", "ID_UTF8ByteOrderMarkIsSkipped"],
            suite.Skipped.Select(s => s.Test).Distinct().Order());
    }
}
