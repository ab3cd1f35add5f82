using System.Reflection;

namespace Bleiberecht.Functions.Commands;

/// <summary>Finds the <see cref="ICliCommand"/> whose verb starts the arguments and runs it.</summary>
internal static class CommandLine
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CommandLine).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .Select(t => (ICliCommand)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(c => string.Join(' ', c.Verb), StringComparer.Ordinal)
        .ToArray();

    /// <summary>The command matching the start of <paramref name="args"/>, or null when the app should start as a server.</summary>
    public static ICliCommand? Find(IReadOnlyList<string> args) => Commands
        .Where(c => c.Verb.Count <= args.Count && c.Verb.Select((w, i) => string.Equals(w, args[i], StringComparison.Ordinal)).All(x => x))
        .MaxBy(c => c.Verb.Count);

    public static async Task<int> RunAsync(ICliCommand command, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        try
        {
            return await command.RunAsync(args.Skip(command.Verb.Count).ToArray(), Console.Out, Console.Error, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }

    public static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: Bleiberecht.Functions [command]   (no command: start the app)");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Usage}");
        }
    }
}
