using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Cli;

/// <summary>Finds the verb (two-word verbs such as "sources add" first), runs it, and turns failures into one clear line.</summary>
internal sealed class CommandDispatcher(IServiceProvider services, CliConsole console)
{
    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var commands = scope.ServiceProvider.GetServices<ICliCommand>().ToList();
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintUsage(commands, console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        var (command, rest) = Match(commands, args);
        if (command is null)
        {
            console.Error.WriteLine($"error: unknown command '{args[0]}'. Run 'help' for the list.");
            return 2;
        }
        try
        {
            var parsed = CliArgs.Parse(rest, "json", "once", "all", "all-now", "per-article", "force", "verbose", "predictions");
            // An option the verb does not know is refused: `scrape --bogus` must not run a full scrape as if it were fine.
            if (parsed.OptionNames.FirstOrDefault(o => !o.Contains(':') && !KnownOptions(command).Contains(o)) is { } unknown)
                throw new CliException($"'{command.Name}' has no option --{unknown}. Usage: {command.Usage}");
            return await command.RunAsync(parsed, ct);
        }
        catch (CliException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("cancelled");
            return 130;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"error: {e.GetBaseException().Message}");
            if (Environment.GetEnvironmentVariable("DT_DEBUG") == "1") console.Error.WriteLine(e);
            return 1;
        }
    }

    /// <summary>The options a verb takes: the ones its usage line names (the usage line is the contract).</summary>
    private static HashSet<string> KnownOptions(ICliCommand command) =>
        System.Text.RegularExpressions.Regex.Matches(command.Usage, @"--([A-Za-z][A-Za-z-]*)")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static (ICliCommand?, string[]) Match(List<ICliCommand> commands, string[] args)
    {
        if (args.Length >= 2 && commands.FirstOrDefault(c => c.Name == $"{args[0]} {args[1]}") is { } two)
            return (two, args[2..]);
        return (commands.FirstOrDefault(c => c.Name == args[0]), args[1..]);
    }

    private static void PrintUsage(IEnumerable<ICliCommand> commands, TextWriter output)
    {
        output.WriteLine("usage: diplomacy-tracker <command> [options]");
        output.WriteLine();
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            output.WriteLine($"  {command.Usage}");
    }
}

internal static class CommandRegistration
{
    /// <summary>Registers every <see cref="ICliCommand"/> in this assembly, each resolvable by its own type too.</summary>
    public static IServiceCollection AddCliCommands(this IServiceCollection services)
    {
        foreach (var type in Assembly.GetExecutingAssembly().GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t)))
        {
            services.AddScoped(type);
            services.AddScoped(typeof(ICliCommand), sp => sp.GetRequiredService(type));
        }
        return services;
    }
}
