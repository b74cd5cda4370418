using DiplomacyTracker.Intake;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Scraping;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrackerLogging();
builder.Services.AddTrackerPipeline(builder.Configuration);
builder.Services.AddScraperHostedService(builder.Configuration); // Scraper:Enabled=false keeps the loop from starting
builder.Services.AddTrackerWeb(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseTrackerPipeline();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
