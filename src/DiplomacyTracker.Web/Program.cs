using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddTrackerLogging();
builder.Services.AddTrackerStore(builder.Configuration); // becomes AddTrackerPipeline once the intake code is on main
builder.Services.AddTrackerWeb(builder.Configuration);
// SCRAPER (not on main yet): builder.Services.AddScraperHostedService(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseTrackerPipeline();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
