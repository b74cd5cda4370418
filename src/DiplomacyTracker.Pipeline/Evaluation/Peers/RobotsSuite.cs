namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>What a case of Google's robots.txt tests asks.</summary>
public enum RobotsCaseKind
{
    /// <summary><c>IsUserAgentAllowed(robots, agent, url)</c>.</summary>
    Allowed,

    /// <summary><c>IsValidUserAgentToObey(agent)</c>: is this a product token a crawler may obey.</summary>
    ValidAgent,

    /// <summary>The <c>Sitemap:</c> value the parser reports for <see cref="RobotsCase.Robots"/>.</summary>
    Sitemap,
}

/// <summary>One EXPECT of Google's <c>robots_test.cc</c>, with the test it belongs to (<c>ID_…</c> = RFC 9309, <c>GoogleOnly_…</c> = extensions).</summary>
public sealed record RobotsCase(string Test, int Line, RobotsCaseKind Kind, string Robots, string Agent, string Url, bool Expected, string? ExpectedValue = null)
{
    public bool IsRfc => Test.StartsWith("ID_", StringComparison.Ordinal);

    public override string ToString() => $"{Test} line {Line}";
}

/// <summary>An EXPECT that could not be turned into a case (it tests internals we have no counterpart for, or its inputs are built by a loop).</summary>
public sealed record RobotsSkippedExpect(string Test, int Line, string Why);

/// <summary>
/// Google's robots.txt tests (google/robotstxt <c>robots_test.cc</c>, Apache-2.0) read as data: the string constants
/// of each <c>TEST</c> are evaluated (literals, concatenation, <c>absl::StrCat</c>/<c>StrAppend</c>, nested scopes) and
/// every EXPECT on <c>IsUserAgentAllowed</c>, <c>IsValidUserAgentToObey</c> and the reported sitemap becomes a case.
/// </summary>
public sealed record RobotsSuite(IReadOnlyList<RobotsCase> Cases, IReadOnlyList<RobotsSkippedExpect> Skipped)
{
    public static RobotsSuite Load(string robotsTestCcPath) => Parse(File.ReadAllText(robotsTestCcPath));

    public static RobotsSuite Parse(string source)
    {
        var tokens = CppTokens.Read(source);
        var cases = new List<RobotsCase>();
        var skipped = new List<RobotsSkippedExpect>();
        for (var i = 0; i + 6 < tokens.Count; i++)
        {
            if (tokens[i].Text != "TEST" || tokens[i + 1].Text != "(" || tokens[i + 2].Text != "RobotsUnittest") continue;
            var name = tokens[i + 4].Text;
            var open = tokens.FindIndex(i, t => t.Text == "{");
            var close = MatchingBrace(tokens, open);
            new CppTestEvaluator(name, tokens, cases, skipped).Run(open + 1, close);
            i = close;
        }
        return new RobotsSuite(cases, skipped);
    }

    internal static int MatchingBrace(List<CppToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != CppTokenKind.Punctuation) continue;
            if (tokens[i].Text == "{") depth++;
            else if (tokens[i].Text == "}" && --depth == 0) return i;
        }
        return tokens.Count;
    }
}
