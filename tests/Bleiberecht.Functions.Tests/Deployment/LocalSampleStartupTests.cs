using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Storage;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>The app started with local.settings.sample.json as `bf run` does (storage pointed at a private Azurite).</summary>
public sealed class LocalSampleStartupTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task App_starts_with_the_sample_settings_and_creates_every_storage_resource()
    {
        var port = FreePorts.Take(1)[0];
        var environment = RepoFiles.LocalSampleValues().ToDictionary(v => v.Key, v => (string?)v.Value);
        environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);

        await using var app = await AppProcess.StartAsync(environment, port);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var health = await http.GetFromJsonAsync<JsonElement>("api/health");

        Assert.Equal("Standalone", health.GetProperty("mode").GetString());
        var resources = StorageResourceCatalog.Default;
        var logged = $"Created or found {resources.Containers.Count} containers, {resources.Queues.Count} queues and {resources.Tables.Count} tables";
        var deadline = DateTime.UtcNow + Timeout;
        while (!app.Output.Contains(logged, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the app did not report its storage resources{Environment.NewLine}{app.Output}");
            await Task.Delay(100);
        }

        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var blobs = account.CreateBlobServiceClient();
        foreach (var container in resources.Containers)
        {
            Assert.True((await blobs.GetBlobContainerClient(container).ExistsAsync()).Value, container);
        }

        var tables = account.CreateTableServiceClient();
        foreach (var table in resources.Tables)
        {
            Assert.Equal(409, (await tables.CreateTableIfNotExistsAsync(table)).Status); // exists already
        }
    }

    [Fact]
    public async Task Unusable_mail_setting_stops_start_up_naming_it()
    {
        var environment = RepoFiles.LocalSampleValues().ToDictionary(v => v.Key, v => (string?)v.Value);
        environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        environment["Mail__SmtpPort"] = "smtp";

        var (exitCode, output) = await AppProcess.RunToExitAsync(environment, Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("Mail__SmtpPort", output, StringComparison.Ordinal);
    }
}
