namespace Bleiberecht.Functions.Deployment;

/// <summary>Where a setting's value comes from in each environment.</summary>
[Flags]
internal enum SettingSource
{
    /// <summary>Optional everywhere: the code has a default (documented in docs/deployment.md).</summary>
    Optional = 0,

    /// <summary>Listed in <c>local.settings.sample.json</c> with a working local value.</summary>
    LocalSample = 1,

    /// <summary>Set by the Bicep app settings (<c>infra/modules/functionapp.bicep</c>).</summary>
    Bicep = 2,

    /// <summary>Set by Azure (the Functions host or App Service), never by us.</summary>
    AzureProvided = 4,
}
