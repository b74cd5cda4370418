using DiplomacyTracker.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace DiplomacyTracker.Cli;

/// <summary>Serilog through Serilog.Extensions.Hosting: levels from configuration (`Serilog:MinimumLevel`, Warning by
/// default in appsettings.json), warnings as one line each on the CLI's stderr, and a daily file in the data folder's logs/.</summary>
internal static class CliLogging
{
    private const string ErrorTemplate = "{Level:w}: {Message:lj}{NewLine}";

    public static IServiceCollection AddCliLogging(this IServiceCollection services, CliConsole console) =>
        services.AddSerilog((provider, logger) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            logger.ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                // stderr gets the message alone: a stack trace belongs in the file, not in a terminal full of them.
                .WriteTo.Sink(new StderrSink(console.Error), LogEventLevel.Warning)
                .WriteTo.File(Path.Combine(DataPaths.LogsDirectory(configuration), "cli-.log"),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    restrictedToMinimumLevel: LogEventLevel.Information, shared: true);
        });

    /// <summary>Writes each event as one line (`warning: …`) to the CLI's stderr writer, whichever writer it is.</summary>
    private sealed class StderrSink(TextWriter error) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _format = new(ErrorTemplate);

        public void Emit(LogEvent logEvent)
        {
            lock (error) _format.Format(logEvent, error);
        }
    }
}
