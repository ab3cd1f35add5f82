using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>A private Azurite plus the app started once against it, shared by the tests of one class.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private AppProcess? app;

    internal AppProcess App => app ?? throw new InvalidOperationException("not started");

    internal QueueServiceClient Queues { get; private set; } = null!;

    internal BlobServiceClient Blobs { get; private set; } = null!;

    internal ProbeRecords Records { get; private set; } = null!;

    internal HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        (Queues, Blobs) = (account.CreateQueueServiceClient(), account.CreateBlobServiceClient());
        Records = new ProbeRecords(Queues);
        if (ProvisionStorageFirst)
        {
            // As Bicep does in Azure: every declared container, queue and table exists before the app starts.
            var resources = Bleiberecht.Functions.Deployment.StorageResourceCatalog.Default;
            var tables = account.CreateTableServiceClient();
            foreach (var container in resources.Containers)
            {
                await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync();
            }

            foreach (var queue in resources.Queues)
            {
                await Queues.GetQueueClient(queue).CreateIfNotExistsAsync();
            }

            foreach (var table in resources.Tables)
            {
                await tables.CreateTableIfNotExistsAsync(table);
            }
        }

        var port = FreePorts.Take(1)[0];
        var environment = Environment(port);
        environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        app = await AppProcess.StartAsync(environment, port);
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
    }

    /// <summary>Whether the storage is provisioned before the app starts, as Bicep does in Azure (custom-handler mode creates none).</summary>
    private protected virtual bool ProvisionStorageFirst => false;

    /// <summary>The app's environment besides the storage connection.</summary>
    private protected abstract Dictionary<string, string?> Environment(int port);
}
