using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Bleiberecht.Testing;

/// <summary>
/// Starts a private Azurite (from the repository's node_modules) on free loopback ports with in-memory
/// persistence and a freshly generated account key. Use as an xunit class or collection fixture.
/// It never touches an Azurite the developer has running on the default ports.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly StringBuilder log = new();
    private Process? process;

    /// <summary>The storage account name Azurite serves.</summary>
    public string AccountName { get; } = "devstoreaccount1";

    /// <summary>A random base64 key generated for this run (no well-known key needed).</summary>
    public string AccountKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");

    public Uri QueueEndpoint => new($"http://127.0.0.1:{QueuePort}/{AccountName}");

    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{AccountName}");

    /// <summary>An account-key connection string with explicit endpoints, as the official SDKs accept it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>What Azurite printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var ports = FreePorts.Take(3);
        (BlobPort, QueuePort, TablePort) = (ports[0], ports[1], ports[2]);
        var script = Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "azurite.js");
        process = NodeProcess.Start(
            script,
            [
                "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--inMemoryPersistence", "--disableTelemetry", "--silent",
            ],
            log,
            new Dictionary<string, string> { ["AZURITE_ACCOUNTS"] = $"{AccountName}:{AccountKey}" });
        try
        {
            foreach (var port in ports)
            {
                await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => !process.HasExited);
            }
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("Azurite did not start: " + e.Message + Environment.NewLine + Log, e);
        }
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops Azurite (to test how clients behave when storage is down).</summary>
    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}
