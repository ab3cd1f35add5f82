using Bleiberecht.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Storage.Tests;

public sealed class StorageAccountTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void UseDevelopmentStorage_points_at_Azurite_default_ports_with_the_emulator_account()
    {
        var account = StorageAccount.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobServiceUri);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueServiceUri);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableServiceUri);
        Assert.False(account.UsesTokenCredential);
    }

    [Fact]
    public void Account_key_connection_string_derives_the_public_endpoints()
    {
        var account = StorageAccount.FromConnectionString("DefaultEndpointsProtocol=https;AccountName=bleibe;AccountKey=AAAA;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://bleibe.blob.core.windows.net"), account.BlobServiceUri);
        Assert.Equal(new Uri("https://bleibe.queue.core.windows.net"), account.QueueServiceUri);
        Assert.Equal(new Uri("https://bleibe.table.core.windows.net"), account.TableServiceUri);
    }

    [Theory]
    [InlineData("AccountName=a;AccountKey", "malformed")]
    [InlineData("AccountName=a", "no AccountKey")]
    [InlineData("AccountKey=AAAA", "no AccountName")]
    [InlineData("AccountName=a;AccountKey=not base64!", "AccountKey is not valid base64")]
    [InlineData("AccountName=a;AccountKey=AAAA;BlobEndpoint=blob", "BlobEndpoint is not an absolute")]
    [InlineData("AccountName=a;AccountKey=AAAA;Colour=blue", "unknown part 'Colour'")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage must be 'true'")]
    public void Malformed_connection_string_fails_naming_the_setting_and_the_problem(string connectionString, string expected)
    {
        var error = Assert.Throws<StorageConfigurationException>(() =>
            StorageAccount.FromConfiguration(Settings(("AzureWebJobsStorage", connectionString))));

        Assert.Contains("'AzureWebJobsStorage'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_setting_fails_naming_it_and_the_alternatives()
    {
        var error = Assert.Throws<StorageConfigurationException>(() => StorageAccount.FromConfiguration(Settings()));

        Assert.Equal("AzureWebJobsStorage", error.SettingName);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_based_settings_use_a_token_credential_and_the_given_service_uris()
    {
        var account = StorageAccount.FromConfiguration(Settings(
            ("AzureWebJobsStorage:blobServiceUri", "https://bleibe.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://bleibe.queue.core.windows.net"),
            ("AzureWebJobsStorage:tableServiceUri", "https://bleibe.table.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001")));

        Assert.True(account.UsesTokenCredential);
        Assert.Null(account.AccountName);
        Assert.Equal(new Uri("https://bleibe.queue.core.windows.net"), account.QueueServiceUri);
    }

    [Fact]
    public void Environment_style_double_underscore_settings_are_read()
    {
        var name = "BBTEST" + Guid.NewGuid().ToString("N")[..6];
        Environment.SetEnvironmentVariable(name + "__blobServiceUri", "https://x.blob.core.windows.net");
        Environment.SetEnvironmentVariable(name + "__queueServiceUri", "https://x.queue.core.windows.net");
        Environment.SetEnvironmentVariable(name + "__tableServiceUri", "https://x.table.core.windows.net");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var account = StorageAccount.FromConfiguration(configuration, name);
            Assert.Equal(new Uri("https://x.table.core.windows.net"), account.TableServiceUri);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name + "__blobServiceUri", null);
            Environment.SetEnvironmentVariable(name + "__queueServiceUri", null);
            Environment.SetEnvironmentVariable(name + "__tableServiceUri", null);
        }
    }

    [Theory]
    [InlineData("tableServiceUri", null, "AzureWebJobsStorage__tableServiceUri")]
    [InlineData("queueServiceUri", "not a uri", "AzureWebJobsStorage__queueServiceUri")]
    [InlineData("credential", "clientsecret", "AzureWebJobsStorage__credential")]
    public void Identity_based_setting_missing_or_wrong_is_named(string key, string? value, string expectedSetting)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://bleibe.blob.core.windows.net",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://bleibe.queue.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://bleibe.table.core.windows.net",
            ["AzureWebJobsStorage:" + key] = value,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var error = Assert.Throws<StorageConfigurationException>(() => StorageAccount.FromConfiguration(configuration));

        Assert.Equal(expectedSetting, error.SettingName);
        Assert.Contains(expectedSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBleiberechtStorage_registers_singletons_and_fails_at_registration_on_a_bad_setting()
    {
        var services = new ServiceCollection().AddBleiberechtStorage(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<QueueServiceClient>(), provider.GetRequiredService<QueueServiceClient>());
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), provider.GetRequiredService<QueueServiceClient>().Uri);

        Assert.Throws<StorageConfigurationException>(() => new ServiceCollection().AddBleiberechtStorage(Settings(("AzureWebJobsStorage", "nonsense"))));
    }
}
