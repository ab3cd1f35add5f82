using System.Net;
using System.Text.RegularExpressions;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage;
using Bleiberecht.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>Every container, queue and table the app uses is declared once in code, listed for Bicep and created by it.</summary>
public sealed partial class StorageResourcesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public void Catalog_holds_each_queue_with_its_poison_queue_the_blob_containers_and_the_declared_resources()
    {
        var resources = StorageResourceCatalog.Default;

        foreach (var f in FunctionCatalog.Default.OfKind(TriggerKind.Queue))
        {
            Assert.Contains(f.Queue!, resources.Queues);
            Assert.Contains(f.Queue + "-poison", resources.Queues);
        }

        Assert.All(FunctionCatalog.Default.OfKind(TriggerKind.Blob), f => Assert.Contains(f.Container!, resources.Containers));
        Assert.Contains("webjobs-blobtrigger-poison", resources.Queues);
        Assert.Contains("probe-records", resources.Queues);
        Assert.Contains("azure-webjobs-hosts", resources.Containers);
        Assert.Contains("cases", resources.Tables);
        Assert.All(resources.Containers.Concat(resources.Queues), n => Assert.Matches("^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$", n));
        Assert.All(resources.Tables, n => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", n));
    }

    [Fact]
    public void Storage_resources_json_lists_exactly_the_catalog()
    {
        var resources = StorageResourceCatalog.Default;

        var (containers, queues, tables) = RepoFiles.StorageResourcesJson();

        Assert.Equal(resources.Containers, containers.Order(StringComparer.Ordinal));
        Assert.Equal(resources.Queues, queues.Order(StringComparer.Ordinal));
        Assert.Equal(resources.Tables, tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bicep_creates_every_container_queue_and_table_of_storage_resources_json()
    {
        var main = RepoFiles.Read("infra/main.bicep");
        var storage = RepoFiles.Read("infra/modules/storage.bicep");

        var variable = LoadJsonVariable().Match(main);
        Assert.True(variable.Success, "main.bicep must load storage-resources.json into a variable");
        var v = variable.Groups["var"].Value;
        var module = Regex.Match(main, @"module\s+\w+\s+'modules/storage\.bicep'\s*=\s*\{(?<body>.*?)\n\}", RegexOptions.Singleline);
        Assert.True(module.Success, "main.bicep must use modules/storage.bicep");
        foreach (var kind in new[] { "containers", "queues", "tables" })
        {
            Assert.Matches(new Regex($@"\b{kind}:\s*(?:concat\()?{v}\.{kind}\b"), module.Groups["body"].Value);
            Assert.Matches(new Regex($@"^param {kind} array$", RegexOptions.Multiline), storage);
        }

        Assert.Matches(@"'Microsoft\.Storage/storageAccounts/blobServices/containers@[^']+'\s*=\s*\[for (\w+) in containers:\s*\{\s*parent: blobService\s*name: \1\b", storage);
        Assert.Matches(@"'Microsoft\.Storage/storageAccounts/queueServices/queues@[^']+'\s*=\s*\[for (\w+) in queues:\s*\{\s*parent: queueService\s*name: \1\b", storage);
        Assert.Matches(@"'Microsoft\.Storage/storageAccounts/tableServices/tables@[^']+'\s*=\s*\[for (\w+) in tables:\s*\{\s*parent: tableService\s*name: \1\b", storage);
    }

    [Fact]
    public void Storage_account_allows_no_shared_key_no_public_blobs_and_TLS_1_2_at_least()
    {
        var storage = RepoFiles.Read("infra/modules/storage.bicep");

        Assert.Contains("allowSharedKeyAccess: false", storage, StringComparison.Ordinal);
        Assert.Contains("allowBlobPublicAccess: false", storage, StringComparison.Ordinal);
        Assert.Contains("minimumTlsVersion: 'TLS1_2'", storage, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys(", string.Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "infra"), "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_start_up_creates_every_resource_on_Azurite()
    {
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var (blobs, queues, tables) = (account.CreateBlobServiceClient(), account.CreateQueueServiceClient(), account.CreateTableServiceClient());
        var initializer = new StorageResourceInitializer(new RunningMode(HostMode.Standalone), blobs, queues, tables, NullLogger<StorageResourceInitializer>.Instance);

        Assert.True(await initializer.EnsureAsync());

        var resources = StorageResourceCatalog.Default;
        foreach (var container in resources.Containers)
        {
            Assert.True((await blobs.GetBlobContainerClient(container).ExistsAsync()).Value, container);
        }

        foreach (var queue in resources.Queues)
        {
            Assert.Equal(200, (await queues.GetQueueClient(queue).GetPropertiesAsync()).GetRawResponse().Status);
        }

        foreach (var table in resources.Tables)
        {
            Assert.Equal((int)HttpStatusCode.Conflict, (await tables.CreateTableIfNotExistsAsync(table)).Status); // exists already
        }

        Assert.True(await initializer.EnsureAsync()); // idempotent
    }

    [Fact]
    public async Task Custom_handler_start_up_creates_nothing()
    {
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var blobs = account.CreateBlobServiceClient();
        var resources = new StorageResources(["deploy-untouched"], [], []);
        var initializer = new StorageResourceInitializer(new RunningMode(HostMode.CustomHandler), blobs, account.CreateQueueServiceClient(), account.CreateTableServiceClient(), NullLogger<StorageResourceInitializer>.Instance)
        {
            Resources = resources,
        };

        Assert.False(await initializer.EnsureAsync());

        Assert.False((await blobs.GetBlobContainerClient("deploy-untouched").ExistsAsync()).Value);
    }

    [GeneratedRegex(@"var\s+(?<var>\w+)\s*=\s*loadJsonContent\('storage-resources\.json'\)")]
    private static partial Regex LoadJsonVariable();
}
