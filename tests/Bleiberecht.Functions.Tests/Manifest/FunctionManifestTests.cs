using System.Text.Json.Nodes;
using Bleiberecht.Functions.Commands;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Manifest;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Manifest;

public sealed class FunctionManifestTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "bf-manifest-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Manifest_command_writes_one_function_json_per_catalog_entry_that_agrees_with_it()
    {
        var exitCode = await RunManifestCommandAsync();

        Assert.Equal(0, exitCode);
        var folders = Directory.GetDirectories(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(FunctionCatalog.Default.Functions.Select(f => f.Name), folders);
        foreach (var function in FunctionCatalog.Default.Functions)
        {
            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, function.Name, "function.json")))!;
            var bindings = json["bindings"]!.AsArray();
            var trigger = bindings.Single(b => (string?)b!["direction"] == "in")!;
            Assert.Equal(function.BindingName, (string?)trigger["name"]);
            switch (function.Kind)
            {
                case TriggerKind.Http:
                    Assert.Equal("httpTrigger", (string?)trigger["type"]);
                    Assert.Equal("{*path}", (string?)trigger["route"]);
                    Assert.Equal("anonymous", (string?)trigger["authLevel"]);
                    Assert.Contains(bindings, b => (string?)b!["type"] == "http" && (string?)b["direction"] == "out");
                    break;
                case TriggerKind.Queue:
                    Assert.Equal("queueTrigger", (string?)trigger["type"]);
                    Assert.Equal(function.Queue, (string?)trigger["queueName"]);
                    Assert.Equal("AzureWebJobsStorage", (string?)trigger["connection"]);
                    break;
                case TriggerKind.Blob:
                    Assert.Equal("blobTrigger", (string?)trigger["type"]);
                    Assert.Equal(function.Container + "/{name}", (string?)trigger["path"]);
                    Assert.Equal("EventGrid", (string?)trigger["source"]);
                    break;
                case TriggerKind.Timer:
                    Assert.Equal("timerTrigger", (string?)trigger["type"]);
                    Assert.Equal(function.Schedule, (string?)trigger["schedule"]);
                    Assert.True(CronSchedule.TryParse((string)trigger["schedule"]!, out _));
                    break;
            }
        }
    }

    [Fact]
    public async Task Host_json_configures_the_custom_handler_bundle_and_queue_encoding()
    {
        await RunManifestCommandAsync();

        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "host.json")))!;
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", (string?)host["extensionBundle"]!["id"]);
        Assert.Equal("[4.*, 5.0.0)", (string?)host["extensionBundle"]!["version"]);
        Assert.Equal("Bleiberecht.Functions", (string?)host["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.True((bool)host["customHandler"]!["enableForwardingHttpRequest"]!);
        var queues = host["extensions"]!["queues"]!;
        Assert.Equal("base64", (string?)queues["messageEncoding"]);
        Assert.Equal(5, (int)queues["maxDequeueCount"]!);
        Assert.Equal("api", (string?)host["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public async Task Checked_in_host_json_is_the_generated_one()
    {
        await RunManifestCommandAsync();

        var generated = await File.ReadAllTextAsync(Path.Combine(directory, "host.json"));
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "functions", "host.json"));
        Assert.True(generated == checkedIn, "functions/host.json is stale: run 'Bleiberecht.Functions functions manifest functions' and commit host.json.");
    }

    [Fact]
    public async Task Manifest_command_without_a_directory_prints_usage_and_fails()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await new FunctionsManifestCommand().RunAsync([], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("functions manifest OUTDIR", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<int> RunManifestCommandAsync()
    {
        var args = new[] { "functions", "manifest", directory };
        var command = CommandLine.Find(args);
        Assert.IsType<FunctionsManifestCommand>(command);
        using var output = new StringWriter();
        using var error = new StringWriter();
        return await command.RunAsync(args[2..], output, error);
    }
}
