using Azure;
using Azure.Core;

namespace Bleiberecht.Storage.Tests;

public sealed class PipelineTests
{
    private static StorageAccount TokenAccount() => StorageAccount.FromTokenCredential(
        new Uri("https://bleibe.blob.core.windows.net"),
        new Uri("https://bleibe.queue.core.windows.net"),
        new Uri("https://bleibe.table.core.windows.net"),
        new FixedToken());

    private static StorageClientOptions With(FakeTransport transport)
    {
        var options = TestAccounts.FastRetries(maxRetries: 3);
        options.Transport = transport;
        return options;
    }

    [Fact]
    public async Task Token_credential_sends_a_bearer_token_the_pinned_version_and_a_date_but_no_shared_key()
    {
        var transport = new FakeTransport(201);

        await TokenAccount().CreateBlobServiceClient(With(transport)).GetBlobContainerClient("inbox").CreateIfNotExistsAsync();

        var headers = Assert.Single(transport.Requests).Headers;
        Assert.Equal("Bearer token-for-https://storage.azure.com/.default", headers["Authorization"]);
        Assert.Equal("2025-11-05", headers["x-ms-version"]);
        Assert.True(headers.ContainsKey("x-ms-date"));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_and_then_succeed(int transient)
    {
        var transport = new FakeTransport(transient, transient, 201);

        var response = await TokenAccount().CreateQueueServiceClient(With(transport)).GetQueueClient("jobs").CreateIfNotExistsAsync();

        Assert.Equal(201, response.Status);
        Assert.Equal(3, transport.Requests.Count);
    }

    [Fact]
    public async Task Persistent_503_fails_after_the_bounded_retries_with_status_and_error_code()
    {
        var transport = new FakeTransport(503);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            TokenAccount().CreateQueueServiceClient(With(transport)).GetQueueClient("jobs").CreateIfNotExistsAsync());

        Assert.Equal(4, transport.Requests.Count);
        Assert.Equal(503, error.Status);
        Assert.Equal("Fake503", error.ErrorCode);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    public async Task Non_transient_statuses_are_not_retried(int status)
    {
        var transport = new FakeTransport(status, 201);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() =>
            TokenAccount().CreateQueueServiceClient(With(transport)).GetQueueClient("jobs").SendMessageAsync("x"));

        Assert.Single(transport.Requests);
        Assert.Equal(status, error.Status);
    }

    private sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token-for-" + string.Join(' ', requestContext.Scopes), DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
