using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace DiplomacyTracker.Bench.Peers;

/// <summary>Finding and reading a peer suite's pages, and the fixed split of a development half into the part
/// we tune on and the fifth we keep for validation.</summary>
internal static class SuiteFiles
{
    /// <summary>The suite folder given on the command line, else ../shared/peers/<paramref name="name"/> next to the checkout.</summary>
    public static string Locate(string? given, string name)
    {
        if (given is not null) return Path.GetFullPath(given);
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "DiplomacyTracker.sln")))
                return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "peers", name));
        return Path.GetFullPath(Path.Combine("..", "shared", "peers", name));
    }

    /// <summary>The page <c>html/&lt;id&gt;.gz</c> (or <c>html/&lt;id&gt;</c>) of the suite.</summary>
    public static byte[] ReadPage(string suite, string id)
    {
        var gz = Path.Combine(suite, "html", id + ".gz");
        if (!File.Exists(gz)) return File.ReadAllBytes(Path.Combine(suite, "html", id));
        using var stream = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>A fixed fifth of the pages (by a hash of the page's name) is the validation part.</summary>
    public static bool IsValidation(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 5 == 0;
}
