using System.Text.Json;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests.Interop;

/// <summary>Runs interop.mjs (the official Azure SDK for JavaScript) against the fixture's Azurite.</summary>
internal static class OfficialSdk
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Storage.Tests", "Interop", "interop.mjs");

    public static Task<JsonElement> RunAsync(AzuriteFixture azurite, params string[] arguments) => RunWithInputAsync(azurite, null, arguments);

    public static async Task<JsonElement> RunWithInputAsync(AzuriteFixture azurite, string? standardInput, params string[] arguments)
    {
        var (exitCode, output, error) = await NodeProcess.RunAsync(
            Script,
            arguments,
            new Dictionary<string, string> { ["AZURE_STORAGE_CONNECTION_STRING"] = azurite.ConnectionString },
            standardInput,
            TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, $"node interop.mjs {string.Join(' ', arguments)} failed: {error}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}
