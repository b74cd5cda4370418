using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// The web app or the CLI as a separate process, built by the solution build (src/*/bin/&lt;configuration&gt;), on a
/// PostgreSQL store with the scraper allowed onto loopback; killed (whole tree) when disposed. Output is kept for
/// failure messages.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly string _dataDirectory;

    private AppProcess((Process Process, string DataDirectory) started, Uri? baseUrl)
    {
        var process = started.Process;
        _process = process;
        _dataDirectory = started.DataDirectory;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri? BaseUrl { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<AppProcess> StartWebAsync(string connectionString)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var app = new AppProcess(Start("DiplomacyTracker.Web", "DiplomacyTracker.Web.dll", connectionString, ["--urls", url.AbsoluteUri]), url);
        using var client = app.Client();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            if (app._process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(90))
                throw new InvalidOperationException($"the web app did not start:\n{app.Output}");
            await Task.Delay(200);
        }
    }

    public static AppProcess StartCli(string connectionString, params string[] args) =>
        new(Start("DiplomacyTracker.Cli", "diplomacy-tracker.dll", connectionString, args), null);

    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = BaseUrl,
        };

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"still running after {limit}:\n{Output}"); }
        return _process.ExitCode;
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
    }

    private static (Process, string) Start(string project, string dll, string connectionString, string[] args)
    {
        var path = Path.Combine(RepositoryRoot(), "src", project, "bin", Configuration(), "net10.0", dll);
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: build the solution first");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(path)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var dataDirectory = Directory.CreateTempSubdirectory("dt-instance-").FullName; // each its own: keys must come from the store
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres", ["ConnectionStrings__Tracker"] = connectionString, ["Tracker__DataDirectory"] = dataDirectory,
            ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production",
            ["Scraper__AllowPrivateAddresses"] = "true", ["Scraper__PerHostDelayMs"] = "0", ["Scraper__PerHostConcurrency"] = "4",
            ["Scraper__MaxConcurrentSources"] = "2", ["Scraper__PassIntervalSeconds"] = "1", ["Scraper__SourceTimeoutSeconds"] = "45",
            ["Scraper__LeaseMarginSeconds"] = "1", ["Scraper__RetryBaseDelayMs"] = "200",
        })
            start.Environment[key] = value;
        return (Process.Start(start) ?? throw new InvalidOperationException($"could not start {path}"), dataDirectory);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacyTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("DiplomacyTracker.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
