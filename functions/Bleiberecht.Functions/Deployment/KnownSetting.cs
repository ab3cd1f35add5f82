namespace Bleiberecht.Functions.Deployment;

/// <summary>One setting (environment variable spelling, <c>__</c> for sections) the app or its host reads.</summary>
/// <param name="Name">The environment variable, e.g. <c>Mail__SmtpHost</c>.</param>
/// <param name="Meaning">What it does (the configuration reference in docs/deployment.md).</param>
/// <param name="Source">Where its value comes from.</param>
/// <param name="ReadByHostOnly">Read by the Azure Functions host for itself, not by our code (e.g. Application Insights).</param>
internal sealed record KnownSetting(string Name, string Meaning, SettingSource Source, bool ReadByHostOnly = false)
{
    /// <summary>The <see cref="IConfiguration"/> key (<c>:</c> instead of <c>__</c>).</summary>
    public string Key => Name.Replace("__", ":", StringComparison.Ordinal);
}
