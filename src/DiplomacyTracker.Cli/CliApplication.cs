using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiplomacyTracker.Cli;

/// <summary>The whole CLI as one call: builds the host (configuration, logging, pipeline, commands) and runs the verb.
/// Program.cs calls it with the real console; tests call it in-process with their own writers and settings.</summary>
public static class CliApplication
{
    /// <param name="args">the command line, verb first; `--Section:Key=Value` words are configuration.</param>
    /// <param name="console">where output and errors go.</param>
    /// <param name="settings">configuration as the environment would give it (tests: the data folder, scraper off);
    /// `--Section:Key=Value` on the command line still wins.</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationManager();
        configuration["hostBuilder:reloadConfigOnChange"] = "false"; // one run reads appsettings once; no file watchers
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = ConfigurationWords(args),
            Configuration = configuration,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production",
        });
        if (settings is not null) AddBelowCommandLine(builder.Configuration, settings);
        builder.Services.AddSingleton(console);
        builder.Services.AddCliLogging(console);
        builder.Services.AddTrackerPipeline(builder.Configuration);
        builder.Services.AddTrackerScraper(builder.Configuration);
        builder.Services.AddCliCommands();
        builder.Services.AddScoped<ArticleInputReader>();

        using var host = builder.Build();
        return await new CommandDispatcher(host.Services, console).RunAsync(args, cancellationToken);
    }

    private static void AddBelowCommandLine(IConfigurationBuilder configuration, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var commandLine = configuration.Sources.ToList().FindIndex(s => s is CommandLineConfigurationSource);
        var source = new MemoryConfigurationSource { InitialData = settings };
        if (commandLine < 0) configuration.Add(source);
        else configuration.Sources.Insert(commandLine, source);
    }

    /// <summary>Only `--Section:Key=Value` words are configuration (`--Tracker:DataDirectory=/srv/dt`); the verb's own words stay out.</summary>
    private static string[] ConfigurationWords(string[] args) =>
        args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('=') is var eq && eq > 2 && a.IndexOf(':', 2, eq - 2) > 0).ToArray();
}
