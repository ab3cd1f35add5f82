using Bleiberecht.Benchmarks;

var commands = typeof(IBenchmarkCommand).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkCommand).IsAssignableFrom(t))
    .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t, nonPublic: true)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToArray();

var selected = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (selected is null)
{
    Console.Error.WriteLine("Usage: ./bf bench <name> [options]");
    foreach (var command in commands)
    {
        Console.Error.WriteLine($"  {command.Name,-12} {command.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await selected.RunAsync(args.Skip(1).ToArray(), cts.Token);
