using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Manifest;

namespace Bleiberecht.Functions.Commands;

/// <summary><c>functions manifest OUTDIR</c>: writes <c>host.json</c> and the <c>function.json</c> files from the catalog.</summary>
internal sealed class FunctionsManifestCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["functions", "manifest"];

    public string Usage => "functions manifest OUTDIR    write host.json and <Function>/function.json from the catalog";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (arguments.Count != 1)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var files = await FunctionManifest.WriteAsync(arguments[0], FunctionCatalog.Default, new QueueTriggerOptions(), cancellationToken);
        foreach (var file in files)
        {
            await output.WriteLineAsync(file);
        }

        return 0;
    }
}
