using System.Text;
using System.Text.Json;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Storage.Tests.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests.Interop;

/// <summary>What our clients write, the official Azure SDK for JavaScript reads identically, and the other way round.</summary>
public sealed class InteropTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Entity_written_by_our_client_reads_back_with_the_same_types_in_the_official_JS_SDK()
    {
        var table = azurite.Account().CreateTableServiceClient().GetTableClient(TestAccounts.UniqueName("interop"));
        await table.CreateIfNotExistsAsync();
        var written = await table.AddEntityAsync(TableClientTests.AllTypes("Köln-Mülheim", "Straße ß 'eins'"));

        var read = await OfficialSdk.RunAsync(azurite, "table-read", table.Name, "Köln-Mülheim", "Straße ß 'eins'");
        var properties = read.GetProperty("properties");
        (string Value, string Type) Typed(string name) =>
            (properties.GetProperty(name).GetProperty("value").GetString()!, properties.GetProperty(name).GetProperty("type").GetString()!);

        Assert.Equal(written.Headers.ETag.ToString(), read.GetProperty("etag").GetString());
        Assert.Equal("Köln-Mülheim", properties.GetProperty("partitionKey").GetString());
        Assert.Equal("Straße ß 'eins'", properties.GetProperty("rowKey").GetString());
        Assert.Equal(("Grüße, Straße – ß ä ö ü Ä Ö Ü 'quoted' \"double\"", "String"), Typed("Text"));
        Assert.Equal(("-42", "Int32"), Typed("Int32"));
        Assert.Equal(("9007199254740993", "Int64"), Typed("Int64"));
        Assert.Equal("Double", Typed("Double").Type);
        Assert.Equal(0.1 + 0.2, double.Parse(Typed("Double").Value, System.Globalization.CultureInfo.InvariantCulture));
        // A whole double comes back as "3.0" without annotation (Azure and Azurite alike); our reader keeps it a
        // double, JSON.parse in the JS SDK cannot tell 3.0 from 3 and reports Int32 — for its own writes too.
        Assert.Equal(3.0, double.Parse(Typed("WholeDouble").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("true", "Boolean"), Typed("Boolean"));
        Assert.Equal("DateTime", Typed("Date").Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 15, 30, TimeSpan.Zero).AddTicks(1234567), DateTimeOffset.Parse(Typed("Date").Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("6f9619ff-8b86-d011-b42d-00cf4fc964ff", "Guid"), Typed("Guid"));
        Assert.Equal((Convert.ToBase64String(new byte[] { 0, 1, 2, 250, 255 }), "Binary"), Typed("Binary"));

        var query = await OfficialSdk.RunAsync(azurite, "table-query", table.Name, "PartitionKey eq 'Köln-Mülheim'");
        Assert.Equal(["Straße ß 'eins'"], query.GetProperty("rowKeys").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Entity_and_transaction_written_by_the_official_JS_SDK_read_back_typed_in_our_client()
    {
        var name = TestAccounts.UniqueName("interop");
        await OfficialSdk.RunAsync(azurite, "table-write", name, "Düsseldorf", "Weiß ß");
        var table = azurite.Account().CreateTableServiceClient().GetTableClient(name);

        var entity = (await table.GetEntityAsync<TableEntity>("Düsseldorf", "Weiß ß")).Value;
        var batch = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"Düsseldorf"} and RowKey gt {"Weiß ß-"}")))
        {
            batch.Add(e);
        }

        Assert.Equal("Grüße, Straße – ß ä ö ü Ä Ö Ü 'quoted' \"double\"", entity["Text"]);
        Assert.Equal(-42, entity["Int32"]);
        Assert.Equal(9_007_199_254_740_993L, entity["Int64"]);
        Assert.Equal(0.1 + 0.2, entity["Double"]);
        Assert.Equal(3.0, Assert.IsType<double>(entity["WholeDouble"]));
        Assert.Equal(true, entity["Boolean"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 15, 30, 123, TimeSpan.Zero), entity["Date"]);
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), entity["Guid"]);
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, entity["Binary"]);
        Assert.Equal([0, 1, 2], batch.Select(e => e.GetInt32("N")!.Value));
    }

    [Fact]
    public async Task Blob_written_by_our_client_reads_back_identically_in_the_official_JS_SDK()
    {
        var container = azurite.Account().CreateBlobServiceClient().GetBlobContainerClient(TestAccounts.UniqueName("interop"));
        await container.CreateIfNotExistsAsync();
        var content = Encoding.UTF8.GetBytes("Bescheid für Frau Öztürk – Straße ß");
        var uploaded = await container.GetBlobClient("Fälle/Bescheid ß.txt").UploadAsync(new MemoryStream(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
            Metadata = new Dictionary<string, string> { ["casenumber"] = "BF-2026-0042" },
        });

        var read = await OfficialSdk.RunAsync(azurite, "blob-read", container.Name, "Fälle/Bescheid ß.txt");

        Assert.Equal(content, Convert.FromBase64String(read.GetProperty("base64").GetString()!));
        Assert.Equal("text/plain; charset=utf-8", read.GetProperty("contentType").GetString());
        Assert.Equal(content.Length, read.GetProperty("contentLength").GetInt64());
        Assert.Equal(uploaded.Value.ETag.ToString("H"), read.GetProperty("etag").GetString());
        Assert.Equal("BF-2026-0042", read.GetProperty("metadata").GetProperty("casenumber").GetString());
        Assert.Equal(["Fälle/Bescheid ß.txt"], read.GetProperty("names").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Blob_written_by_the_official_JS_SDK_reads_back_identically_in_our_client()
    {
        var name = TestAccounts.UniqueName("interop");
        var content = new byte[300_000];
        new Random(3).NextBytes(content);
        var written = await OfficialSdk.RunWithInputAsync(azurite, Convert.ToBase64String(content), "blob-write", name, "Eingang/Scan Größe.pdf", "application/pdf");
        var container = azurite.Account().CreateBlobServiceClient().GetBlobContainerClient(name);

        var download = (await container.GetBlobClient("Eingang/Scan Größe.pdf").DownloadContentAsync()).Value;
        var listed = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync("Eingang/"))
        {
            listed.Add(item);
        }

        Assert.Equal(content, download.Content.ToArray());
        Assert.Equal("application/pdf", download.Details.ContentType);
        Assert.Equal(written.GetProperty("etag").GetString(), download.Details.ETag.ToString("H"));
        Assert.Equal("BF-2026-0042", download.Details.Metadata["casenumber"]);
        Assert.Equal("js", Assert.Single(listed).Metadata["source"]);
        Assert.Equal(content.Length, listed[0].Properties.ContentLength);
    }

    [Fact]
    public async Task Queue_messages_are_base64_UTF8_both_ways_as_the_Functions_host_expects()
    {
        var queue = azurite.Account().CreateQueueServiceClient().GetQueueClient(TestAccounts.UniqueName("interop"));
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("{\"case\":\"BF-2026-0042\",\"note\":\"Grüße ß\"}");

        var fromOurs = await OfficialSdk.RunAsync(azurite, "queue-receive", queue.Name);
        await OfficialSdk.RunAsync(azurite, "queue-send", queue.Name, "Antwort aus Köln – ß");
        var fromJs = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);

        var message = Assert.Single(fromOurs.GetProperty("messages").EnumerateArray());
        Assert.Equal("{\"case\":\"BF-2026-0042\",\"note\":\"Grüße ß\"}", message.GetProperty("decoded").GetString());
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"case\":\"BF-2026-0042\",\"note\":\"Grüße ß\"}")), message.GetProperty("raw").GetString());
        Assert.Equal("Antwort aus Köln – ß", fromJs.MessageText);
    }
}
