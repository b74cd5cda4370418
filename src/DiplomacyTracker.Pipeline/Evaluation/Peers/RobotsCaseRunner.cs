using DiplomacyTracker.Scraping;

namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>Runs one of Google's robots.txt cases through <see cref="RobotsPolicy"/>: what we answered, and whether it is Google's answer.</summary>
public static class RobotsCaseRunner
{
    public static (bool Passed, string Actual) Run(RobotsCase robotsCase)
    {
        try
        {
            switch (robotsCase.Kind)
            {
                case RobotsCaseKind.Allowed:
                    // The URL as Google's test passes it: text, already percent-encoded by the caller.
                    var allowed = RobotsPolicy.Parse(robotsCase.Robots, robotsCase.Agent).IsAllowed(robotsCase.Url);
                    return (allowed == robotsCase.Expected, allowed ? "allowed" : "disallowed");
                case RobotsCaseKind.ValidAgent:
                    var valid = RobotsPolicy.IsValidAgentToken(robotsCase.Agent);
                    return (valid == robotsCase.Expected, valid ? "valid" : "invalid");
                case RobotsCaseKind.Sitemap:
                    var sitemaps = string.Concat(RobotsPolicy.Parse(robotsCase.Robots, "").Sitemaps);
                    return (sitemaps == robotsCase.ExpectedValue, sitemaps);
                default:
                    return (false, $"(unknown kind {robotsCase.Kind})");
            }
        }
        catch (Exception ex)
        {
            return (false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
