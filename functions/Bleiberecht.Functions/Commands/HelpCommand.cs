namespace Bleiberecht.Functions.Commands;

internal sealed class HelpCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["help"];

    public string Usage => "help                         list the commands";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        CommandLine.WriteUsage(output);
        return Task.FromResult(0);
    }
}
