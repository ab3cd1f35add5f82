using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage;

public sealed partial class StorageAccount
{
    /// <summary>The well-known Azurite/emulator account key (public, documented by Microsoft).</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "DefaultEndpointsProtocol", "AccountName", "AccountKey", "EndpointSuffix", "BlobEndpoint", "QueueEndpoint",
        "TableEndpoint", "FileEndpoint", "UseDevelopmentStorage", "DevelopmentStorageProxyUri",
    };

    /// <summary>
    /// Parses an account-key connection string (<c>AccountName=…;AccountKey=…</c> with <c>DefaultEndpointsProtocol</c>/
    /// <c>EndpointSuffix</c> or explicit <c>BlobEndpoint</c>/<c>QueueEndpoint</c>/<c>TableEndpoint</c>) or
    /// <c>UseDevelopmentStorage=true</c> (Azurite on its default ports).
    /// </summary>
    /// <exception cref="StorageConfigurationException">The string is malformed; the message says which part.</exception>
    public static StorageAccount FromConnectionString(string connectionString) =>
        FromConnectionString(connectionString, "connection string");

    internal static StorageAccount FromConnectionString(string connectionString, string settingName)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageConfigurationException(settingName, "the connection string is empty.");
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new StorageConfigurationException(settingName, "the connection string is malformed: every part must look like Name=value.");
            }

            var name = segment[..equals].Trim();
            if (name.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageConfigurationException(settingName, "SAS connection strings are not supported; use an account key or identity-based settings.");
            }

            if (!KnownKeys.Contains(name))
            {
                throw new StorageConfigurationException(settingName, $"the connection string has an unknown part '{name}'.");
            }

            parts[name] = segment[(equals + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development))
        {
            if (!development.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageConfigurationException(settingName, "UseDevelopmentStorage must be 'true'.");
            }

            var host = "http://127.0.0.1";
            if (parts.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
            {
                var proxyUri = ParseUri(settingName, "DevelopmentStorageProxyUri", proxy);
                host = proxyUri.Scheme + "://" + proxyUri.Host;
            }

            return new StorageAccount(
                new Uri($"{host}:10000/devstoreaccount1"),
                new Uri($"{host}:10001/devstoreaccount1"),
                new Uri($"{host}:10002/devstoreaccount1"),
                new StorageSharedKey("devstoreaccount1", Convert.FromBase64String(DevelopmentAccountKey)),
                null);
        }

        var accountName = Require(parts, settingName, "AccountName");
        var accountKey = Require(parts, settingName, "AccountKey");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException e)
        {
            throw new StorageConfigurationException($"Storage setting '{settingName}': AccountKey is not valid base64.", e);
        }

        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https"))
        {
            throw new StorageConfigurationException(settingName, "DefaultEndpointsProtocol must be http or https.");
        }

        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        Uri Endpoint(string part, string service) => parts.TryGetValue(part, out var explicitUri)
            ? ParseUri(settingName, part, explicitUri)
            : new Uri($"{protocol}://{accountName}.{service}.{suffix}");

        return new StorageAccount(
            Endpoint("BlobEndpoint", "blob"),
            Endpoint("QueueEndpoint", "queue"),
            Endpoint("TableEndpoint", "table"),
            new StorageSharedKey(accountName, key),
            null);
    }

    private static string Require(Dictionary<string, string> parts, string settingName, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new StorageConfigurationException(settingName, $"the connection string has no {name}.");

    internal static Uri ParseUri(string settingName, string part, string value) =>
        Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new StorageConfigurationException(settingName, $"{part} is not an absolute http(s) URI.");
}
