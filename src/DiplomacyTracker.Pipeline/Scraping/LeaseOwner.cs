using System.Diagnostics;
using System.Globalization;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Who holds a source lease, written into Source.LeaseOwner as "host/process id/process start (Unix ms)/instance", so
/// a scraper starting on the same host can tell that a lease's holder is gone (no such process, or the id now belongs
/// to a process started at another time) and take the source at once instead of waiting for the lease to run out.
/// </summary>
public sealed record LeaseOwner(string Host, int ProcessId, long StartedUnixMs, string Instance)
{
    /// <summary>This process, with a fresh instance id (two passes in one process are two owners).</summary>
    public static LeaseOwner ForThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return new LeaseOwner(Environment.MachineName, Environment.ProcessId, StartOf(self), Guid.NewGuid().ToString("N"));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Host}/{ProcessId}/{StartedUnixMs}/{Instance}");

    /// <summary>The owner written in a lease, or null for anything else (older or foreign formats are left to expire).</summary>
    public static LeaseOwner? Parse(string? text)
    {
        var parts = text?.Split('/');
        if (parts is not { Length: 4 }) return null;
        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
               && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            ? new LeaseOwner(parts[0], pid, started, parts[3]) : null;
    }

    /// <summary>
    /// True when this owner ran on <paramref name="host"/> and is certainly gone: no process has its id, or the process
    /// that has it started at another time (the id was reused). Anything uncertain counts as alive.
    /// </summary>
    public bool IsDeadOn(string host, Func<int, ProcessSeen> lookup)
    {
        if (!string.Equals(Host, host, StringComparison.OrdinalIgnoreCase)) return false;
        var seen = lookup(ProcessId);
        return !seen.Exists || (seen.StartedUnixMs is { } started && Math.Abs(started - StartedUnixMs) > 2000);
    }

    /// <summary>What this host knows of a process id: whether one runs, and when it started (null when that cannot be read).</summary>
    public readonly record struct ProcessSeen(bool Exists, long? StartedUnixMs);

    public static ProcessSeen Look(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return new ProcessSeen(true, StartOf(process));
        }
        catch (ArgumentException)
        {
            return new ProcessSeen(false, null); // no such process
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return new ProcessSeen(true, null); // it runs, but its start cannot be read: alive
        }
    }

    private static long StartOf(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
}
