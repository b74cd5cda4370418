using Microsoft.Extensions.Configuration;

namespace DiplomacyTracker.Data;

/// <summary>
/// Where the web app and the CLI keep their data by default, so both open the same database:
/// <c>Tracker:DataDirectory</c>, else the user's local application-data folder + "DiplomacyTracker"
/// (~/.local/share/DiplomacyTracker on Linux, %LOCALAPPDATA%\DiplomacyTracker on Windows).
/// </summary>
public static class DataPaths
{
    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["Tracker:DataDirectory"];
        var dir = !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "DiplomacyTracker");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary><c>ConnectionStrings:Tracker</c> when set, else tracker.db in the data directory.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Tracker") is { Length: > 0 } cs
            ? cs
            : $"Data Source={Path.Combine(DataDirectory(configuration), "tracker.db")}";

    public static string KeysDirectory(IConfiguration configuration) =>
        Directory.CreateDirectory(Path.Combine(DataDirectory(configuration), "keys")).FullName;

    public static string LogsDirectory(IConfiguration configuration) =>
        Directory.CreateDirectory(Path.Combine(DataDirectory(configuration), "logs")).FullName;
}
