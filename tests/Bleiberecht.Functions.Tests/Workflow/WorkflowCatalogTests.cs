using System.Text.Json.Nodes;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Manifest;
using Bleiberecht.Functions.Workflow;

namespace Bleiberecht.Functions.Tests.Workflow;

public sealed class WorkflowCatalogTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "bf-wf-manifest-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(WorkflowFunctions.ControlFunctionName, "bleiberecht-control")]
    [InlineData(WorkflowFunctions.WorkFunctionName, "bleiberecht-work")]
    public async Task Manifest_has_a_queue_trigger_for_each_task_hub_queue(string function, string queue)
    {
        await FunctionManifest.WriteAsync(directory, FunctionCatalog.Default, new QueueTriggerOptions());

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, function, "function.json")))!;
        var trigger = json["bindings"]!.AsArray().Single(b => (string?)b!["direction"] == "in")!;
        Assert.Equal(("queueTrigger", queue, "AzureWebJobsStorage"), ((string?)trigger["type"], (string?)trigger["queueName"], (string?)trigger["connection"]));
        Assert.False(FunctionCatalog.Default.Find(function)!.StandaloneTrigger);
    }

    [Fact]
    public void Probe_workflow_is_discovered_as_a_workflow_registration()
    {
        Assert.Contains(WorkflowFunctions.Registrations, r => r.GetType().Name == "ProbeWorkflowRegistration");
    }
}
