namespace DiplomacyTracker.Evaluation.Peers;

/// <summary>
/// Walks the statements of one gtest body, keeping the value of every string variable per scope, and turns each
/// EXPECT into a <see cref="RobotsCase"/> (or a <see cref="RobotsSkippedExpect"/> saying why it cannot be one).
/// </summary>
internal sealed class CppTestEvaluator(string test, List<CppToken> tokens, List<RobotsCase> cases, List<RobotsSkippedExpect> skipped)
{
    private readonly List<Dictionary<string, string?>> _scopes = [];
    private string? _lastParsed;

    public void Run(int start, int end)
    {
        _scopes.Add([]);
        var i = start;
        while (i < end)
        {
            var t = tokens[i];
            if (t.Text == "{") { _scopes.Add([]); i++; continue; }
            if (t.Text == "}") { _scopes.RemoveAt(_scopes.Count - 1); i++; continue; }
            if (t.Text is "while" or "for" or "if") { i = SkipLoop(i); continue; }
            var stop = StatementEnd(i, end);
            Statement(i, stop);
            i = stop + 1;
        }
    }

    private void Statement(int start, int stop)
    {
        var head = tokens[start].Text;
        if (head.StartsWith("EXPECT_", StringComparison.Ordinal) || head.StartsWith("ASSERT_", StringComparison.Ordinal)) { Expect(start, stop); return; }
        if (head == "absl::StrAppend")
        {
            var args = Arguments(start + 1);
            if (args.Count == 0 || tokens[args[0].Start].Text != "&") return;
            var name = tokens[args[0].Start + 1].Text;
            var parts = args.Skip(1).Select(Evaluate).ToList();
            Assign(name, Lookup(name) is { } current && parts.All(p => p is not null) ? current + string.Concat(parts) : null);
            return;
        }
        if (head == "googlebot::ParseRobotsTxt") { _lastParsed = Evaluate(Arguments(start + 1)[0]); return; }
        var equals = tokens.FindIndex(start, stop - start, t => t.Text == "=");
        if (equals > start)
        {
            var nameAt = tokens[equals - 1].Text == "]" ? equals - 3 : equals - 1;
            if (tokens[nameAt].Kind == CppTokenKind.Name) Declare(tokens[nameAt].Text, Evaluate((equals + 1, stop)), equals - start > 1);
            return;
        }
        if (stop - start >= 2 && tokens[stop - 1].Kind == CppTokenKind.Name && tokens[stop - 2].Kind == CppTokenKind.Name)
            Declare(tokens[stop - 1].Text, tokens[stop - 2].Text == "std::string" ? "" : null, true); // std::string x;
    }

    private void Expect(int start, int stop)
    {
        var line = tokens[start].Line;
        var macro = tokens[start].Text;
        var outer = Arguments(start + 1);
        var callee = tokens[outer[0].Start].Text;
        if (macro is "EXPECT_TRUE" or "EXPECT_FALSE" && callee is "IsUserAgentAllowed" or "RobotsMatcher::IsValidUserAgentToObey")
        {
            var args = Arguments(outer[0].Start + 1).Select(Evaluate).ToList();
            if (args.Any(a => a is null)) { skipped.Add(new RobotsSkippedExpect(test, line, "its input is built by a loop")); return; }
            cases.Add(callee == "IsUserAgentAllowed"
                ? new RobotsCase(test, line, RobotsCaseKind.Allowed, args[0]!, args[1]!, args[2]!, macro == "EXPECT_TRUE")
                : new RobotsCase(test, line, RobotsCaseKind.ValidAgent, "", args[0]!, "", macro == "EXPECT_TRUE"));
            return;
        }
        if (macro == "EXPECT_EQ" && outer.Count == 2 && Joined(outer[1]) == "report.sitemap()" && _lastParsed is { } robots && Evaluate(outer[0]) is { } sitemap)
        {
            cases.Add(new RobotsCase(test, line, RobotsCaseKind.Sitemap, robots, "", "", true, sitemap));
            return;
        }
        skipped.Add(new RobotsSkippedExpect(test, line, "tests the parser's callbacks (directive counts, line numbers) or internals"));
    }

    /// <summary>The value of an expression: string literals (adjacent ones joined), a variable, <c>absl::StrCat(...)</c>; null when unknown.</summary>
    private string? Evaluate((int Start, int End) range)
    {
        var (start, end) = range;
        if (start >= end) return null;
        if (Enumerable.Range(start, end - start).All(k => tokens[k].Kind == CppTokenKind.String))
            return string.Concat(Enumerable.Range(start, end - start).Select(k => tokens[k].Text));
        var head = tokens[start];
        if (end - start == 1 && head.Kind == CppTokenKind.Name) return Lookup(head.Text);
        if (head.Text is "absl::StrCat" or "std::string")
        {
            var parts = Arguments(start + 1).Select(Evaluate).ToList();
            return parts.All(p => p is not null) ? string.Concat(parts) : null;
        }
        if (head.Text == "absl::string_view" && end - start == 3) return ""; // absl::string_view()
        return null;
    }

    private string Joined((int Start, int End) range) => string.Concat(tokens.Skip(range.Start).Take(range.End - range.Start).Select(t => t.Text));

    /// <summary>The argument ranges of the parenthesised list opening at <paramref name="open"/>.</summary>
    private List<(int Start, int End)> Arguments(int open)
    {
        var args = new List<(int, int)>();
        var depth = 0;
        var start = open + 1;
        for (var i = open; i < tokens.Count; i++)
        {
            var text = tokens[i].Kind == CppTokenKind.Punctuation ? tokens[i].Text : "";
            if (text == "(") depth++;
            else if (text == ")" && --depth == 0) { if (i > start) args.Add((start, i)); return args; }
            else if (text == "," && depth == 1) { args.Add((start, i)); start = i + 1; }
        }
        return args;
    }

    private int StatementEnd(int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Kind != CppTokenKind.Punctuation) continue;
            if (tokens[i].Text == "(") depth++;
            else if (tokens[i].Text == ")") depth--;
            else if (tokens[i].Text == ";" && depth == 0) return i;
        }
        return end;
    }

    /// <summary>Skips a loop or branch; whatever it appends to becomes unknown.</summary>
    private int SkipLoop(int start)
    {
        var open = tokens.FindIndex(start, t => t.Text == "{");
        var close = RobotsSuite.MatchingBrace(tokens, open);
        for (var i = start; i < close; i++)
            if (tokens[i].Text == "&" && i + 1 < close && tokens[i + 1].Kind == CppTokenKind.Name) Assign(tokens[i + 1].Text, null);
        return close + 1;
    }

    private string? Lookup(string name)
    {
        for (var s = _scopes.Count - 1; s >= 0; s--)
            if (_scopes[s].TryGetValue(name, out var value)) return value;
        return null;
    }

    private void Declare(string name, string? value, bool isDeclaration)
    {
        if (isDeclaration) _scopes[^1][name] = value;
        else Assign(name, value);
    }

    private void Assign(string name, string? value)
    {
        for (var s = _scopes.Count - 1; s >= 0; s--)
            if (_scopes[s].ContainsKey(name)) { _scopes[s][name] = value; return; }
        _scopes[^1][name] = value;
    }
}
