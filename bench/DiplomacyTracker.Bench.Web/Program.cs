using DiplomacyTracker.Bench.Web;

// bench/web/run.sh drives this: `generate` builds a data set, `search` measures the search mix in-process,
// `one` times a single query eight times (to look into one slow query).
var command = args.FirstOrDefault();
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

switch (command)
{
    case "generate":
        await DataSetGenerator.GenerateAsync(Arg("db", "bench.db"), int.Parse(Arg("statements", "100000")),
            int.Parse(Arg("articles", "10000")), int.Parse(Arg("summits", "500")), int.Parse(Arg("seed", "42")));
        return 0;
    case "search":
        await SearchMix.RunAsync(Arg("db", "bench.db"), int.Parse(Arg("queries", "1000")), int.Parse(Arg("seed", "7")));
        return 0;
    case "copy-to-postgres":
        await PostgresCopy.CopyAsync(Arg("db", "bench.db"), Arg("postgres", ""));
        return 0;
    case "compare":
        await SearchMix.CompareAsync(Arg("db", "bench.db"), Arg("postgres", ""), int.Parse(Arg("queries", "1000")), int.Parse(Arg("seed", "7")));
        return 0;
    case "one":
        await SearchMix.OneAsync(Arg("db", "bench.db"), args.Contains("--speaker") ? Arg("speaker", "") : null, args.Contains("--q") ? Arg("q", "") : null);
        return 0;
    case "queries":
        await SearchMix.PrintUrlsAsync(Arg("db", "bench.db"));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate --db F [--statements N --articles N --summits N] | search --db F [--queries N] | one --db F [--speaker S] [--q WORDS] | queries --db F | copy-to-postgres --db F --postgres CS | compare --db F --postgres CS [--queries N]");
        return 2;
}
