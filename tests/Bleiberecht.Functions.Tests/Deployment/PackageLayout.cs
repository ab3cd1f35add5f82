using System.IO.Compression;
using System.Text.Json;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Manifest;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>Checks of a deployable app folder, and zipping it the way azd / func do (Unix modes in the entries).</summary>
internal static class PackageLayout
{
    /// <summary>host.json is the checked-in generated one, and the function folders are exactly the catalog's, each as generated.</summary>
    public static void AssertMatchesCatalog(string folder)
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "functions", "host.json")),
            File.ReadAllText(Path.Combine(folder, "host.json")));
        using (var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "host.json"))))
        {
            var root = host.RootElement;
            Assert.Equal(FunctionManifest.Executable, root.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
            // What our queue client sends by default, so the host reads our messages.
            var clientEncoding = new Bleiberecht.Storage.StorageClientOptions().MessageEncoding.ToString();
            Assert.Equal(clientEncoding, root.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString(), ignoreCase: true);
        }

        var folders = Directory.EnumerateFiles(folder, "function.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, Path.GetDirectoryName(f)!))
            .Order(StringComparer.Ordinal);
        Assert.Equal(FunctionCatalog.Default.Functions.Select(f => f.Name).Order(StringComparer.Ordinal), folders);
        foreach (var function in FunctionCatalog.Default.Functions)
        {
            Assert.Equal(FunctionManifest.ToText(FunctionManifest.FunctionJson(function)), File.ReadAllText(Path.Combine(folder, function.Name, "function.json")));
        }
    }

    /// <summary>Zips <paramref name="folder"/> with each file's Unix mode in the entry's external attributes.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void Zip(string folder, string zipPath)
    {
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var entry = archive.CreateEntryFromFile(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.Fastest);
            const int RegularFile = 0x8000; // S_IFREG
            entry.ExternalAttributes = (RegularFile | (int)File.GetUnixFileMode(file)) << 16;
        }
    }
}
