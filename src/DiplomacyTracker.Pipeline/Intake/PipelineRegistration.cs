using DiplomacyTracker.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Intake;

/// <summary>Registers the store and the intake pipeline for the web app and the CLI alike.</summary>
public static class PipelineRegistration
{
    public static IServiceCollection AddTrackerPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTrackerStore(configuration);
        services.AddSingleton<CatalogProvider>();
        services.AddScoped<ArticleStore>();
        services.AddScoped<ArticleIntake>();
        services.AddScoped<Data.Export.StoreExporter>();
        services.AddScoped<Data.Export.StoreRestorer>();
        return services;
    }
}
