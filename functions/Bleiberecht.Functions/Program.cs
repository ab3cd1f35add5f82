using Bleiberecht.Functions.Commands;
using Bleiberecht.Functions.Hosting;

if (CommandLine.Find(args) is { } command)
{
    return await CommandLine.RunAsync(command, args);
}

return await FunctionApp.RunAsync(args);

/// <summary>Entry point type, visible to tests that start the app in-process.</summary>
public partial class Program;
