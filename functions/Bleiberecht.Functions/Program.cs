using Bleiberecht.Functions.Commands;

if (CommandLine.Find(args) is { } command)
{
    return await CommandLine.RunAsync(command, args);
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/api/health", () => Results.Ok(new { status = "healthy" }));
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to tests that start the app in-process.</summary>
public partial class Program;
