using System.Diagnostics;
using Azure;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests;

public sealed class StorageDownTests : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();

    public Task InitializeAsync() => azurite.InitializeAsync();

    public Task DisposeAsync() => azurite.DisposeAsync();

    [Fact]
    public async Task Stopped_Azurite_gives_a_clear_error_after_bounded_retries()
    {
        var account = azurite.Account();
        azurite.Stop();
        var options = TestAccounts.FastRetries(maxRetries: 2);
        var watch = Stopwatch.StartNew();

        var queueError = await Assert.ThrowsAsync<RequestFailedException>(() =>
            account.CreateQueueServiceClient(options).GetQueueClient("jobs").SendMessageAsync("x"));
        var tableError = await Assert.ThrowsAsync<RequestFailedException>(() =>
            account.CreateTableServiceClient(options).GetTableClient("Cases").CreateIfNotExistsAsync());
        var blobError = await Assert.ThrowsAsync<RequestFailedException>(() =>
            account.CreateBlobServiceClient(options).GetBlobContainerClient("inbox").CreateIfNotExistsAsync());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        foreach (var error in new[] { queueError, tableError, blobError })
        {
            Assert.Equal(0, error.Status);
            Assert.Equal("ServiceUnreachable", error.ErrorCode);
            Assert.Contains("unreachable after 3 attempt(s)", error.Message, StringComparison.Ordinal);
            Assert.Contains("127.0.0.1", error.Message, StringComparison.Ordinal);
        }
    }
}
