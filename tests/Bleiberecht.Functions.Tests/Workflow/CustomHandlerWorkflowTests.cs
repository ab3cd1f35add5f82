using System.Net;
using System.Text;
using System.Text.Json;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Functions.Workflow;

namespace Bleiberecht.Functions.Tests.Workflow;

/// <summary>
/// Custom-handler mode: nothing in the app polls the task hub's queues; the test plays the Functions host, receiving
/// each message of <c>bleiberecht-control</c> / <c>bleiberecht-work</c> and posting it to <c>/{FunctionName}</c>.
/// </summary>
public sealed class CustomHandlerWorkflowTests(CustomHandlerAppFixture fixture) : IClassFixture<CustomHandlerAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Probe_orchestration_completes_when_the_host_delivers_one_message_per_invocation()
    {
        var id = await WorkflowProbe.StartAsync(fixture.Http, "host", () => fixture.App.Output);
        var queues = new[]
        {
            (Function: WorkflowFunctions.ControlFunctionName, Queue: fixture.Queues.GetQueueClient("bleiberecht-control")),
            (Function: WorkflowFunctions.WorkFunctionName, Queue: fixture.Queues.GetQueueClient("bleiberecht-work")),
        };

        var deadline = DateTimeOffset.UtcNow + Timeout;
        var invocations = 0;
        var (status, output) = await WorkflowProbe.GetAsync(fixture.Http, id);
        while (status != "Completed" && DateTimeOffset.UtcNow < deadline)
        {
            Assert.DoesNotContain(status, new[] { "Failed", "Terminated" });
            foreach (var (function, queue) in queues)
            {
                await queue.CreateIfNotExistsAsync();
                foreach (var message in (await queue.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30))).Value)
                {
                    var payload = JsonSerializer.Serialize(new
                    {
                        Data = new { message = message.MessageText },
                        Metadata = new { Id = message.MessageId, DequeueCount = message.DequeueCount },
                    });
                    using var content = new StringContent(payload, Encoding.UTF8, "application/json");
                    using var response = await fixture.Http.PostAsync(new Uri(function, UriKind.Relative), content);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{function}: {response.StatusCode}" + Environment.NewLine + fixture.App.Output);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    invocations++;
                }
            }

            await Task.Delay(50);
            (status, output) = await WorkflowProbe.GetAsync(fixture.Http, id);
        }

        Assert.True(status == "Completed", $"status {status}" + Environment.NewLine + fixture.App.Output);
        Assert.Equal("probe workflow: echo host", output);
        Assert.True(invocations >= 3, $"{invocations} invocations"); // start, activity, activity result at least
        var record = await fixture.Records.WaitForAsync(r => r.Id == id, Timeout, () => fixture.App.Output);
        Assert.Equal(("ProbeWorkflowActivity", "CustomHandler"), (record.Function, record.Mode));
    }
}
