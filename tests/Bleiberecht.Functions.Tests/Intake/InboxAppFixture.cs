using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Intake;

/// <summary>Azurite, a real SMTP sink and the app in standalone mode sending its mail to the sink.</summary>
public sealed class InboxAppFixture : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private AppProcess? app;

    public SmtpSinkFixture Sink { get; } = new();

    internal BlobServiceClient Blobs { get; private set; } = null!;

    internal string AppOutput => app?.Output ?? "";

    public async Task InitializeAsync()
    {
        await Task.WhenAll(azurite.InitializeAsync(), Sink.InitializeAsync());
        Blobs = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateBlobServiceClient();
        var port = FreePorts.Take(1)[0];
        app = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Host__BlobPollingInterval"] = "00:00:00.200",
                ["Host__Queues__MinPollingInterval"] = "00:00:00.050",
                ["Host__Queues__MaxPollingInterval"] = "00:00:00.500",
                ["Mail__Provider"] = "Smtp",
                ["Mail__From"] = "Gremium Bleiberecht <bleiberecht@stadt.dortmund.example>",
                ["Mail__SmtpHost"] = Sink.Host,
                ["Mail__SmtpPort"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            port);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Sink.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
