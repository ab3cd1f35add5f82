using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Bleiberecht.Storage;

public sealed partial class StorageAccount
{
    /// <summary>
    /// Reads the account the way the Functions host does: <paramref name="connectionName"/> as a connection string
    /// (also under <c>ConnectionStrings:</c>), or identity-based settings <c>{name}__blobServiceUri</c>,
    /// <c>__queueServiceUri</c>, <c>__tableServiceUri</c> (or <c>__accountName</c>), <c>__credential</c>
    /// (<c>managedidentity</c>) and <c>__clientId</c>.
    /// </summary>
    /// <exception cref="StorageConfigurationException">A setting is missing or malformed; the message names it.</exception>
    public static StorageAccount FromConfiguration(IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var connectionString = configuration[connectionName] ?? configuration.GetConnectionString(connectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString, connectionName);
        }

        var section = configuration.GetSection(connectionName);
        string Setting(string name) => connectionName + "__" + name;
        var accountName = section["accountName"];
        Uri ServiceUri(string key, string service)
        {
            var value = section[key];
            if (!string.IsNullOrWhiteSpace(value))
            {
                return ParseUri(Setting(key), key, value);
            }

            if (!string.IsNullOrWhiteSpace(accountName))
            {
                return new Uri($"https://{accountName}.{service}.core.windows.net");
            }

            throw new StorageConfigurationException(
                section.Exists() ? Setting(key) : connectionName,
                section.Exists()
                    ? "missing: identity-based storage needs blobServiceUri, queueServiceUri and tableServiceUri (or accountName)."
                    : $"missing: set a connection string in '{connectionName}' or identity-based settings {Setting("blobServiceUri")}, {Setting("queueServiceUri")}, {Setting("tableServiceUri")}.");
        }

        var blob = ServiceUri("blobServiceUri", "blob");
        var queue = ServiceUri("queueServiceUri", "queue");
        var table = ServiceUri("tableServiceUri", "table");
        return FromTokenCredential(blob, queue, table, CreateCredential(section, Setting("credential")));
    }

    private static TokenCredential CreateCredential(IConfigurationSection section, string credentialSetting)
    {
        var clientId = section["clientId"];
        var kind = section["credential"];
        if (string.IsNullOrWhiteSpace(kind))
        {
            return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });
        }

        if (!kind.Equals("managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageConfigurationException(credentialSetting, $"unsupported value '{kind}'; the only supported value is 'managedidentity'.");
        }

        return string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
