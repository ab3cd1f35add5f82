using Microsoft.Extensions.Configuration;

namespace Bleiberecht.Functions.Tests.Deployment;

/// <summary>Configuration from environment-variable spellings (<c>Mail__From</c>), as the app sees them.</summary>
internal static class ConfigurationBuilderExtensions
{
    public static IConfigurationBuilder AddEnvironmentVariablesFrom(this IConfigurationBuilder builder, IReadOnlyDictionary<string, string> values) =>
        builder.AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key.Replace("__", ":", StringComparison.Ordinal), (string?)v.Value)));
}
