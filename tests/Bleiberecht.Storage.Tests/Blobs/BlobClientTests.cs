using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests.Blobs;

public sealed class BlobClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = azurite.Account().CreateBlobServiceClient().GetBlobContainerClient(TestAccounts.UniqueName("c"));
        await container.CreateIfNotExistsAsync();
        return container;
    }

    [Fact]
    public async Task Upload_with_content_type_and_metadata_reads_back_identically_with_umlauts_in_name_and_content()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("Fälle/Straße ß/Antrag #1 (Kopie).txt");
        var content = Encoding.UTF8.GetBytes("Kurzantrag für Herrn Müller – Größe: groß");

        var uploaded = await blob.UploadAsync(new MemoryStream(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            Metadata = new Dictionary<string, string> { ["caseNumber"] = "BF-2026-0042", ["source"] = "mail" },
        });

        var download = (await blob.DownloadContentAsync()).Value;
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(content, download.Content.ToArray());
        Assert.Equal("text/plain; charset=utf-8", download.Details.ContentType);
        Assert.Equal("BF-2026-0042", download.Details.Metadata["caseNumber"]);
        Assert.Equal(uploaded.Value.ETag, download.Details.ETag);
        Assert.Equal(content.Length, properties.ContentLength);
        Assert.Equal("text/plain; charset=utf-8", properties.ContentType);
        Assert.Equal("mail", properties.Metadata["source"]);
        Assert.Equal(uploaded.Value.ETag, properties.ETag);
        Assert.True(properties.CreatedOn > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Create_only_upload_refuses_an_existing_blob_with_409()
    {
        var blob = (await NewContainerAsync()).GetBlobClient("once.pdf");
        await blob.UploadAsync(BinaryData.FromString("first"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromString("second")));
        var explicitError = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(
            new MemoryStream([1]), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }));

        Assert.Equal(409, error.Status);
        Assert.Equal("BlobAlreadyExists", error.ErrorCode);
        Assert.Equal(409, explicitError.Status);
        Assert.Equal("first", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Conditional_overwrite_succeeds_with_the_current_ETag_and_fails_412_with_a_stale_one()
    {
        var blob = (await NewContainerAsync()).GetBlobClient("state.json");
        var v1 = (await blob.UploadAsync(BinaryData.FromString("v1"))).Value.ETag;
        var v2 = (await blob.UploadAsync(new MemoryStream("v2"u8.ToArray()), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = v1 } })).Value.ETag;

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(
            new MemoryStream("v3"u8.ToArray()), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = v1 } }));
        var staleDelete = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DeleteAsync(new BlobRequestConditions { IfMatch = v1 }));

        Assert.NotEqual(v1, v2);
        Assert.Equal(412, stale.Status);
        Assert.Equal("ConditionNotMet", stale.ErrorCode);
        Assert.Equal(412, staleDelete.Status);
        Assert.Equal("v2", (await blob.DownloadContentAsync()).Value.Content.ToString());
        await blob.UploadAsync(BinaryData.FromString("v4"), overwrite: true);
        Assert.Equal("v4", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Blob_of_20_MiB_goes_up_in_blocks_and_streams_back_identically()
    {
        var container = await NewContainerAsync();
        var recorder = new RequestRecorder();
        var options = new StorageClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var blob = azurite.Account().CreateBlobServiceClient(options).GetBlobContainerClient(container.Name).GetBlobClient("big.bin");
        var content = new byte[(20 * 1024 * 1024) + 12345];
        new Random(7).NextBytes(content);

        await blob.UploadAsync(new NonSeekableStream(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
            Metadata = new Dictionary<string, string> { ["kind"] = "scan" },
        });

        using var download = (await blob.DownloadStreamingAsync()).Value;
        using var sha = SHA256.Create();
        var hash = await sha.ComputeHashAsync(download.Content);
        Assert.Equal(SHA256.HashData(content), hash);
        Assert.Equal(content.Length, download.Details.ContentLength);
        Assert.Equal("scan", download.Details.Metadata["kind"]);
        Assert.Equal("application/octet-stream", download.Details.ContentType);
        Assert.Equal(4, recorder.Queries.Count(q => q.Contains("comp=block&", StringComparison.Ordinal)));
        Assert.Equal(1, recorder.Queries.Count(q => q.Contains("comp=blocklist", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Listing_by_prefix_pages_through_all_matching_blobs_with_metadata()
    {
        var container = await NewContainerAsync();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => container.GetBlobClient($"inbox/{i:D2}-Grüße.eml").UploadAsync(
            new MemoryStream(new byte[i]), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } })));
        await container.GetBlobClient("outbox/x.eml").UploadAsync(BinaryData.FromString("x"));

        var pages = new List<Page<BlobItem>>();
        await foreach (var page in container.GetBlobsAsync("inbox/").AsPages(pageSizeHint: 5))
        {
            pages.Add(page);
        }

        var items = pages.SelectMany(p => p.Values).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"inbox/{i:D2}-Grüße.eml"), items.Select(i => i.Name));
        Assert.Equal(11, items[11].Properties.ContentLength);
        Assert.Equal("11", items[11].Metadata["n"]);
        Assert.NotNull(items[0].Properties.ETag);
        Assert.NotNull(items[0].Properties.CreatedOn);
        var all = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync())
        {
            all.Add(item);
        }

        Assert.Equal(13, all.Count);
    }

    [Fact]
    public async Task Delete_exists_and_missing_blob_behaviour()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("gone.txt");
        await blob.UploadAsync(BinaryData.FromString("x"));

        Assert.True((await blob.ExistsAsync()).Value);
        await blob.DeleteAsync();
        Assert.False((await blob.ExistsAsync()).Value);
        Assert.False((await blob.DeleteIfExistsAsync()).Value);
        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadContentAsync());
        var missingStream = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadStreamingAsync());
        var missingProperties = await Assert.ThrowsAsync<RequestFailedException>(() => blob.GetPropertiesAsync());
        Assert.Equal(("BlobNotFound", 404), (missing.ErrorCode, missing.Status));
        Assert.Equal(("BlobNotFound", 404), (missingStream.ErrorCode, missingStream.Status));
        Assert.Equal(404, missingProperties.Status);
    }

    [Fact]
    public async Task Container_create_if_not_exists_exists_and_delete()
    {
        var container = azurite.Account().CreateBlobServiceClient().GetBlobContainerClient(TestAccounts.UniqueName("c"));

        Assert.False((await container.ExistsAsync()).Value);
        Assert.Equal(201, (await container.CreateIfNotExistsAsync()).Status);
        Assert.Equal(409, (await container.CreateIfNotExistsAsync()).Status);
        Assert.True((await container.ExistsAsync()).Value);
        Assert.True((await container.DeleteIfExistsAsync()).Value);
        Assert.False((await container.DeleteIfExistsAsync()).Value);
    }

    [Fact]
    public async Task Non_ASCII_metadata_is_refused_before_sending()
    {
        var blob = (await NewContainerAsync()).GetBlobClient("m.txt");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => blob.UploadAsync(new MemoryStream([1]), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { ["name"] = "Müller" },
        }));

        Assert.Contains("printable ASCII", error.Message, StringComparison.Ordinal);
        Assert.False((await blob.ExistsAsync()).Value);
    }

    private sealed class RequestRecorder : HttpPipelineSynchronousPolicy
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Queries { get; } = new();

        public override void OnSendingRequest(HttpMessage message) => Queries.Enqueue(message.Request.Uri.Query);
    }

    private sealed class NonSeekableStream(byte[] content) : Stream
    {
        private readonly MemoryStream inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 70_000));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
