using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Storage;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>
/// One publish per run, as azd does it (<c>dotnet publish -c Release</c>, no runtime given), zipped with Unix modes,
/// unpacked into a fresh folder, and the unpacked executable started as the Functions host starts it, against a
/// private Azurite.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private readonly string root = Path.Combine(Path.GetTempPath(), "bf-package-" + Guid.NewGuid().ToString("N"));
    private AppProcess? app;

    /// <summary>False where the published linux-x64 app cannot run (it writes its own manifest at publish).</summary>
    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    public static bool CanRun => OperatingSystem.IsLinux() && RuntimeInformation.RuntimeIdentifier == "linux-x64";

    public string PublishFolder => Path.Combine(root, "publish");

    public string ZipPath => Path.Combine(root, "app.zip");

    public string UnpackedFolder => Path.Combine(root, "unpacked");

    internal AppProcess App => app ?? throw new InvalidOperationException("not started");

    internal HttpClient Http { get; } = new();

    internal ProbeRecords Records { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!CanRun)
        {
            return;
        }

        await azurite.InitializeAsync();
        var publish = Task.Run(PublishAsync);
        Records = new ProbeRecords(StorageAccount.FromConnectionString(azurite.ConnectionString).CreateQueueServiceClient());
        await publish;
        PackageLayout.Zip(PublishFolder, ZipPath);
        ZipFile.ExtractToDirectory(ZipPath, UnpackedFolder);

        var port = FreePorts.Take(1)[0];
        app = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture),
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
            },
            port,
            Path.Combine(UnpackedFolder, "Bleiberecht.Functions"));
        Http.BaseAddress = app.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await azurite.DisposeAsync();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task PublishAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var a in new[] { "publish", "functions/Bleiberecht.Functions", "-c", "Release", "-o", PublishFolder, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed: " + await log + await errors);
        }
    }
}
