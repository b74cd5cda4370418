using DiplomacyTracker.Cli;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    // Only `--Section:Key=Value` words are configuration (`--Tracker:DataDirectory=/srv/dt`); the verb's own words stay out.
    Args = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('=') is var eq && eq > 2 && a.IndexOf(':', 2, eq - 2) > 0).ToArray(),
    ContentRootPath = AppContext.BaseDirectory,
    EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production",
});
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddTrackerPipeline(builder.Configuration);
builder.Services.AddTrackerScraper(builder.Configuration);
builder.Services.AddCliCommands();
builder.Services.AddScoped<ArticleInputReader>();

using var host = builder.Build();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await new CommandDispatcher(host.Services).RunAsync(args, cancel.Token);

namespace DiplomacyTracker.Cli
{
    /// <summary>Entry point type, so tests can run the CLI in-process.</summary>
    public partial class Program;
}
