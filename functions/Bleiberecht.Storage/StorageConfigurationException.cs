namespace Bleiberecht.Storage;

/// <summary>A storage setting is missing or malformed; the message names the setting (never its secret value).</summary>
public sealed class StorageConfigurationException : Exception
{
    public StorageConfigurationException()
    {
    }

    public StorageConfigurationException(string message)
        : base(message)
    {
    }

    public StorageConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageConfigurationException(string settingName, string message)
        : base($"Storage setting '{settingName}': {message}")
    {
        SettingName = settingName;
    }

    /// <summary>The configuration key at fault, e.g. <c>AzureWebJobsStorage__blobServiceUri</c>.</summary>
    public string? SettingName { get; }
}
