namespace DiplomacyTracker.Cli;

/// <summary>Parsed command-line words: positionals, `--name value` options and `--flag` switches.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Positionals { get; } = [];

    /// <summary>Parses <paramref name="words"/>; <paramref name="flags"/> name the options that take no value.</summary>
    public static CliArgs Parse(IEnumerable<string> words, params string[] flags)
    {
        var args = new CliArgs();
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                var name = word[2..];
                var eq = name.IndexOf('=');
                if (eq > 0)
                    args._options[name[..eq]] = name[(eq + 1)..];
                else if (flags.Contains(name, StringComparer.OrdinalIgnoreCase) || i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))
                    args._options[name] = null;
                else
                    args._options[name] = list[++i];
            }
            else
            {
                args.Positionals.Add(word);
            }
        }
        return args;
    }

    /// <summary>Every option given, by name (configuration words such as `--Tracker:DataDirectory=…` included).</summary>
    public IEnumerable<string> OptionNames => _options.Keys;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Require(string name) =>
        Get(name) is { Length: > 0 } v ? v : throw new CliException($"missing --{name} <value>");

    public int GetInt(string name, int fallback) =>
        Get(name) is not { } v ? fallback
        : int.TryParse(v, out var n) ? n : throw new CliException($"--{name} expects a whole number, got '{v}'");
}
