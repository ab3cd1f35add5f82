using System.Text.Json;
using Bleiberecht.Testing;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Runs Mail/Node/generate.mjs once: messages written by nodemailer, keyed by name.</summary>
public sealed class NodemailerMessages : IAsyncLifetime
{
    public IReadOnlyDictionary<string, byte[]> Messages { get; private set; } = new Dictionary<string, byte[]>();

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Mail", "Node", "generate.mjs");
        _ = RepoPaths.NodeModules;
        var (exitCode, output, error) = await NodeProcess.RunAsync(script, [Path.Combine(MailFixtures.Directory, "minimal.pdf")], timeout: TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, $"generate.mjs failed ({exitCode}): {error}");
        Messages = JsonSerializer.Deserialize<Dictionary<string, string>>(output)!
            .ToDictionary(kv => kv.Key, kv => Convert.FromBase64String(kv.Value));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
