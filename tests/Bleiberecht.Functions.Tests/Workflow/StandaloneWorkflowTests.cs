using System.Net;
using Bleiberecht.Functions.Tests.App;

namespace Bleiberecht.Functions.Tests.Workflow;

/// <summary>Standalone mode: the workflow runtime's own dispatcher runs the probe orchestration.</summary>
public sealed class StandaloneWorkflowTests(StandaloneAppFixture fixture) : IClassFixture<StandaloneAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Probe_orchestration_completes_with_the_activity_answer_and_records_it()
    {
        var id = await WorkflowProbe.StartAsync(fixture.Http, "hello", () => fixture.App.Output);

        var deadline = DateTimeOffset.UtcNow + Timeout;
        var (status, output) = await WorkflowProbe.GetAsync(fixture.Http, id);
        while (status != "Completed" && DateTimeOffset.UtcNow < deadline)
        {
            Assert.DoesNotContain(status, new[] { "Failed", "Terminated" });
            await Task.Delay(100);
            (status, output) = await WorkflowProbe.GetAsync(fixture.Http, id);
        }

        Assert.True(status == "Completed", $"status {status}" + Environment.NewLine + fixture.App.Output);
        Assert.Equal("probe workflow: echo hello", output);
        var record = await fixture.Records.WaitForAsync(r => r.Id == id, Timeout, () => fixture.App.Output);
        Assert.Equal(("ProbeWorkflowActivity", "Standalone", "hello"), (record.Function, record.Mode, record.Text));
    }

    [Fact]
    public async Task Shell_starts_no_queue_listener_for_the_task_hub_queues()
    {
        await fixture.Records.WaitForAsync(r => r.Function == "ProbeClock", Timeout, () => fixture.App.Output); // triggers are up

        Assert.Contains("Queue listener for ProbeQueue", fixture.App.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Queue listener for Workflow", fixture.App.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_probe_instance_is_not_found()
    {
        using var response = await fixture.Http.GetAsync(new Uri("api/probe/workflow/nosuchinstance", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
