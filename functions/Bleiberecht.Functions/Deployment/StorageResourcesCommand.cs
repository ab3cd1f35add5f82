using System.Text.Json;
using Bleiberecht.Functions.Commands;

namespace Bleiberecht.Functions.Deployment;

/// <summary><c>deployment storage-resources</c>: prints the lists of <c>infra/storage-resources.json</c> from the code.</summary>
internal sealed class StorageResourcesCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["deployment", "storage-resources"];

    public string Usage => "deployment storage-resources print the containers, queues and tables Bicep must create (JSON)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var resources = StorageResourceCatalog.Default;
        var json = JsonSerializer.Serialize(new Dictionary<string, IReadOnlyList<string>>
        {
            ["containers"] = resources.Containers,
            ["queues"] = resources.Queues,
            ["tables"] = resources.Tables,
        });
        await output.WriteLineAsync(json);
        return 0;
    }
}
