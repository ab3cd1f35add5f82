using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Commands;

/// <summary><c>functions list</c>: prints the function catalog.</summary>
internal sealed class FunctionsListCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["functions", "list"];

    public string Usage => "functions list               print the function catalog (name, trigger, source)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        foreach (var f in FunctionCatalog.Default.Functions)
        {
            var source = f.Kind switch
            {
                TriggerKind.Queue => "queue " + f.Queue,
                TriggerKind.Blob => "container " + f.Container,
                TriggerKind.Timer => "schedule " + f.Schedule,
                _ => "route " + f.Route,
            };
            await output.WriteLineAsync($"{f.Name,-24} {f.Kind,-6} {source}");
        }

        return 0;
    }
}
