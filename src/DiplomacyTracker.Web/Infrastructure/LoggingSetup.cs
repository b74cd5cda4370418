using DiplomacyTracker.Data;
using Serilog;
using Serilog.Events;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Serilog from appsettings.json (levels, console) plus a daily rolling file in the data folder's logs/.</summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        var logFile = Path.Combine(DataPaths.LogsDirectory(builder.Configuration), "web-.log");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.File(logFile, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                restrictedToMinimumLevel: LogEventLevel.Information, shared: true)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
