using System.Diagnostics;
using System.Runtime.InteropServices;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Manifest;

public sealed class PublishTests
{
    [Fact]
    [Trait("Category", "Long")]
    public async Task Publish_produces_the_deployable_app_folder_with_the_generated_host_files()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return; // the published linux-x64 app writes the manifest, so this runs where it can run
        }

        var output = Path.Combine(Path.GetTempPath(), "bf-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
            foreach (var a in new[] { "publish", "functions/Bleiberecht.Functions", "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output, "--nologo", "-v", "quiet" })
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
            Assert.True(process.ExitCode == 0, await log + await errors);

            Assert.True(File.Exists(Path.Combine(output, "host.json")));
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "functions", "host.json")),
                await File.ReadAllTextAsync(Path.Combine(output, "host.json")));
            foreach (var function in FunctionCatalog.Default.Functions)
            {
                Assert.True(File.Exists(Path.Combine(output, function.Name, "function.json")), function.Name);
            }

            var executable = Path.Combine(output, "Bleiberecht.Functions");
            Assert.True(File.Exists(executable));
            Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
