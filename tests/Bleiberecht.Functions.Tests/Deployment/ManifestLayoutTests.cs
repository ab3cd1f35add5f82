using System.Diagnostics;
using Bleiberecht.Functions.Commands;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>The CI variant of the package test: the files `functions manifest` writes (as the publish target runs it), without publishing.</summary>
public sealed class ManifestLayoutTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bf-manifest-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Functions_manifest_writes_the_package_layout_of_the_catalog()
    {
        await WriteManifestAsync();

        PackageLayout.AssertMatchesCatalog(folder);
    }

    [Fact]
    public async Task Postdeploy_subscribes_exactly_the_blob_functions_of_the_manifest()
    {
        await WriteManifestAsync();

        var info = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        info.ArgumentList.Add("scripts/azd/postdeploy.sh");
        info.ArgumentList.Add("--list");
        info.Environment["BF_MANIFEST_DIR"] = folder;
        using var script = Process.Start(info)!;
        var output = await script.StandardOutput.ReadToEndAsync();
        var errors = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();

        Assert.True(script.ExitCode == 0, errors);
        var expected = FunctionCatalog.Default.OfKind(TriggerKind.Blob).Select(f => $"{f.Name} {f.Container}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.NotEmpty(expected);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task WriteManifestAsync()
    {
        string[] args = ["functions", "manifest", folder];
        Assert.Equal(0, await CommandLine.RunAsync(CommandLine.Find(args)!, args));
    }
}
