using DiplomacyTracker.Data;
using Serilog;
using Serilog.Events;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Serilog through Serilog.AspNetCore: levels and console from configuration (appsettings.json, `Serilog:*`),
/// plus a daily rolling file in the data folder's logs/, and one line per request with fixed property names.</summary>
public static class LoggingSetup
{
    /// <summary>The request line: <c>RequestMethod</c>, <c>RequestPath</c> (never the query string: it can hold
    /// search words), <c>StatusCode</c>, <c>Elapsed</c> (ms). 5xx is logged as Error.</summary>
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    public static IServiceCollection AddTrackerLogging(this IServiceCollection services) =>
        // Read when the container is built, so settings a test host or the command line adds late still count.
        // preserveStaticLogger: several hosts in one process (the tests) must not take over each other's Log.Logger.
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.File(Path.Combine(DataPaths.LogsDirectory(provider.GetRequiredService<IConfiguration>()), "web-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                restrictedToMinimumLevel: LogEventLevel.Information, shared: true), preserveStaticLogger: true);

    public static IApplicationBuilder UseTrackerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = RequestTemplate;
            options.IncludeQueryInRequestPath = false;
            // This host's own logger, not the static Log.Logger.
            options.Logger = app.ApplicationServices.GetService<Serilog.ILogger>();
        });
}
