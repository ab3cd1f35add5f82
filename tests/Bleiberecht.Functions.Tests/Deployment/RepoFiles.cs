using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>Reads the repository's deployment files (Bicep, samples, docs) as the tests compare them with the code.</summary>
internal static partial class RepoFiles
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath));

    /// <summary>The names under <c>Values</c> of <c>local.settings.sample.json</c>, with their values.</summary>
    public static Dictionary<string, string> LocalSampleValues()
    {
        using var document = JsonDocument.Parse(Read("local.settings.sample.json"));
        return document.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
    }

    /// <summary>The setting names of the <c>appsettings</c> config resource in <c>infra/modules/functionapp.bicep</c>.</summary>
    public static IReadOnlyList<string> BicepAppSettings()
    {
        var bicep = Read("infra/modules/functionapp.bicep");
        var block = AppSettingsBlock().Match(bicep);
        if (!block.Success)
        {
            throw new InvalidOperationException("functionapp.bicep has no `name: 'appsettings'` resource with a properties block");
        }

        return BicepProperty().Matches(block.Groups["body"].Value).Select(m => m.Groups["name"].Value).ToList();
    }

    /// <summary>The lists of <c>infra/storage-resources.json</c>.</summary>
    public static (string[] Containers, string[] Queues, string[] Tables) StorageResourcesJson()
    {
        using var document = JsonDocument.Parse(Read("infra/storage-resources.json"));
        string[] List(string name) => document.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        return (List("containers"), List("queues"), List("tables"));
    }

    /// <summary>The paths <c>git ls-files</c> lists (tracked files), relative to the repository root.</summary>
    public static IReadOnlyList<string> Tracked()
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var a in new[] { "ls-files", "-z" })
        {
            info.ArgumentList.Add(a);
        }

        using var git = Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0
            ? output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            : throw new InvalidOperationException("git ls-files failed: " + git.StandardError.ReadToEnd());
    }

    // name: 'appsettings' ... properties: { one setting per line, closed by "  }" on its own line }
    [GeneratedRegex(@"name:\s*'appsettings'\s*properties:\s*\{\r?\n(?<body>.*?)\r?\n  \}", RegexOptions.Singleline)]
    private static partial Regex AppSettingsBlock();

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:", RegexOptions.Multiline)]
    private static partial Regex BicepProperty();
}
