namespace Bleiberecht.Functions.Commands;

/// <summary>
/// A command-line entry of the app (<c>Bleiberecht.Functions pdf inspect FILE</c>).
/// Implementations are discovered by reflection, so a feature adds a command without touching <c>Program.cs</c>.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The words that select the command, e.g. <c>["pdf", "inspect"]</c>.</summary>
    IReadOnlyList<string> Verb { get; }

    /// <summary>One line for the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs the command with the arguments after the verb; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default);
}
