using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Engine;
using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Tests;

/// <summary>The Done-when scenarios; run once per backend (in memory, Azurite).</summary>
public abstract class WorkflowScenarioTests
{
    private protected abstract Task<WorkflowBackend> CreateBackendAsync(TimeProvider time);

    private protected virtual void Configure(WorkflowOptions options)
    {
    }

    private protected virtual TimeSpan StepPause => TimeSpan.FromMilliseconds(50);

    private async Task<WorkflowHarness> StartAsync(Action<WorkflowOptions>? configure = null)
    {
        var time = new ManualTimeProvider();
        var harness = await WorkflowHarness.StartAsync(await CreateBackendAsync(time), time, o =>
        {
            Configure(o);
            configure?.Invoke(o);
        });
        harness.StepPause = StepPause;
        return harness;
    }

    [Fact]
    public async Task Chaining_passes_each_result_to_the_next_activity()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 10);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(10, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Fan_out_over_100_activities_fans_in_all_results()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 100);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 100).Sum(i => (long)i * i), done.ReadOutputAs<long>());
    }

    [Fact]
    public async Task Event_that_arrives_within_the_timeout_resumes_the_orchestration()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        await hub.WaitForHistoryAsync(id, "TimerCreated");
        await hub.Client.RaiseEventAsync(id, "Approval", "alice");
        var done = await hub.CompleteAsync(id);
        Assert.Equal("approved by alice", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Event_that_does_not_arrive_times_out_exactly_at_the_timeout()
    {
        await using var hub = await StartAsync();
        var started = hub.Time.GetUtcNow();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval));
        await hub.WaitForHistoryAsync(id, "TimerCreated");
        hub.Time.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(300);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus);
        hub.Time.Advance(TimeSpan.FromMinutes(1));
        var done = await hub.CompleteAsync(id);
        var firedAt = DateTimeOffset.Parse(done.ReadOutputAs<string>()!["timed out at ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(firedAt >= started.AddHours(1), $"fired early at {firedAt}");
    }

    [Fact]
    public async Task Events_raised_before_the_wait_and_while_pending_are_kept_in_order()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(LateWaiter), null, new StartOrchestrationOptions(StartAt: hub.Time.GetUtcNow().AddHours(1)));
        await hub.Client.RaiseEventAsync(id, "Note", "first");
        await hub.Client.RaiseEventAsync(id, "Note", "second");
        await hub.WaitForHistoryAsync(id, "EventRaised", 2);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus);
        hub.Time.Advance(TimeSpan.FromHours(1));
        var done = await hub.CompleteAsync(id);
        Assert.Equal("first,second", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_30_day_timer_fires_after_30_days_and_not_before()
    {
        await using var hub = await StartAsync();
        var start = hub.Time.GetUtcNow();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongTimer), 30);
        await hub.WaitForHistoryAsync(id, "TimerCreated");
        hub.Time.Advance(TimeSpan.FromDays(29.9));
        await Task.Delay(500);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus);
        hub.Time.Advance(TimeSpan.FromDays(0.1));
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadOutputAs<DateTime>() >= start.UtcDateTime.AddDays(30));
    }

    [Fact]
    public async Task Failing_activity_is_retried_with_exponential_backoff()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Retrying), 2);
        var done = await hub.AdvanceUntilCompletedAsync(id, TimeSpan.FromSeconds(10));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
        var calls = Flaky.Calls[id].ToArray();
        Assert.Equal(3, calls.Length);

        // Never early; late by at most a few clock steps (the clock moves while messages travel).
        Assert.InRange(calls[1] - calls[0], TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.75));
        Assert.InRange(calls[2] - calls[1], TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.75));
    }

    [Fact]
    public async Task Activity_that_keeps_failing_fails_the_orchestration_after_max_attempts()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Retrying), 10);
        var done = await hub.AdvanceUntilCompletedAsync(id, TimeSpan.FromSeconds(40));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(4, Flaky.Calls[id].Count);
        Assert.Contains("attempt 4 fails", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sub_orchestration_output_flows_to_the_parent()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), 3);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(30, done.ReadOutputAs<int>());
        var child = await hub.Client.GetInstanceAsync(id + ":0000", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    [Fact]
    public async Task ContinueAsNew_carries_unprocessed_events_into_the_next_generation()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Accumulator), new AccumulatorState(0, 5));
        for (var i = 1; i <= 5; i++)
        {
            await hub.Client.RaiseEventAsync(id, "Add", i);
        }

        var done = await hub.CompleteAsync(id);
        Assert.Equal(15, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Terminated_instance_reports_the_reason_and_refuses_events()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await hub.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await hub.Client.TerminateInstanceAsync(id, "no longer needed");
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("no longer needed", done.ReadOutputAs<string>());
        await Assert.ThrowsAsync<InvalidOperationException>(() => hub.Client.RaiseEventAsync(id, "Go", "late"));
    }

    [Fact]
    public async Task Suspended_instance_keeps_events_and_runs_them_when_resumed()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await hub.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await hub.Client.SuspendInstanceAsync(id, "maintenance");
        await hub.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await hub.Client.RaiseEventAsync(id, "Go", "x");
        await hub.WaitForHistoryAsync(id, "EventRaised");
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus);
        await hub.Client.ResumeInstanceAsync(id);
        var done = await hub.CompleteAsync(id);
        Assert.Equal("got x", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Instance_suspended_before_it_starts_stays_suspended_until_resumed()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Chain), 2, new StartOrchestrationOptions(StartAt: hub.Time.GetUtcNow().AddMinutes(10)));
        await hub.Client.SuspendInstanceAsync(id);
        await hub.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        hub.Time.Advance(TimeSpan.FromMinutes(10));
        await hub.WaitForHistoryAsync(id, "ExecutionStarted");
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await hub.Client.GetInstanceAsync(id))!.RuntimeStatus);
        await hub.Client.ResumeInstanceAsync(id);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(2, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Purge_removes_ended_instances_and_leaves_running_ones()
    {
        await using var hub = await StartAsync();
        var ended = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ended.Add(await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 1, new StartOrchestrationOptions($"purge-{i}")));
        }

        var running = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), null, new StartOrchestrationOptions("purge-running"));
        foreach (var id in ended)
        {
            await hub.CompleteAsync(id);
        }

        Assert.Equal(1, (await hub.Client.PurgeInstanceAsync(ended[0])).PurgedInstanceCount);
        Assert.Null(await hub.Client.GetInstanceAsync(ended[0]));
        Assert.Empty(await hub.Client.GetInstanceHistoryAsync(ended[0]));
        Assert.Equal(0, (await hub.Client.PurgeInstanceAsync(running)).PurgedInstanceCount);

        var first = await hub.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter { PageSize = 2 });
        Assert.Equal(2, first.PurgedInstanceCount);
        Assert.False(first.IsComplete);
        var rest = await hub.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter { PageSize = 10, ContinuationToken = first.ContinuationToken });
        Assert.Equal(2, rest.PurgedInstanceCount);
        Assert.True(rest.IsComplete);
        var left = await hub.Client.GetAllInstancesAsync().ToListAsync();
        Assert.Equal(["purge-running"], left.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task Scheduling_a_running_instance_id_again_is_an_error()
    {
        await using var hub = await StartAsync();
        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), null, new StartOrchestrationOptions("dup"));
        var error = await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 1, new StartOrchestrationOptions("dup")));
        Assert.Contains("dup", error.Message, StringComparison.Ordinal);
        await hub.Client.TerminateInstanceAsync("dup");
        await hub.CompleteAsync("dup");
        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 2, new StartOrchestrationOptions("dup"));
        var done = await hub.CompleteAsync("dup");
        Assert.Equal(2, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Query_filters_by_status_and_prefix_in_pages()
    {
        await using var hub = await StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await hub.CompleteAsync(await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 1, new StartOrchestrationOptions($"q-done-{i}")));
        }

        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), null, new StartOrchestrationOptions("q-wait"));
        await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever), null, new StartOrchestrationOptions("other"));
        var page = await hub.Client.GetInstancesPageAsync(new OrchestrationQuery { InstanceIdPrefix = "q-", Statuses = [OrchestrationRuntimeStatus.Completed], PageSize = 2 });
        Assert.Equal(["q-done-0", "q-done-1"], page.Instances.Select(i => i.InstanceId));
        var next = await hub.Client.GetInstancesPageAsync(new OrchestrationQuery
        {
            InstanceIdPrefix = "q-", Statuses = [OrchestrationRuntimeStatus.Completed], PageSize = 2, ContinuationToken = page.ContinuationToken,
        });
        Assert.Equal(["q-done-2"], next.Instances.Select(i => i.InstanceId));
        var all = await hub.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "q-" }).ToListAsync();
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public async Task Large_inputs_and_outputs_go_through_blobs_transparently()
    {
        await using var hub = await StartAsync();
        var big = new string('x', 100 * 1024);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BigEcho), big);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(big + big, done.ReadOutputAs<string>());
        Assert.Equal(big, done.ReadInputAs<string>());
    }

    [Fact]
    public async Task Changed_orchestrator_code_fails_the_instance_naming_the_step()
    {
        await using var hub = await StartAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Fickle));
        await hub.WaitForHistoryAsync(id, "TaskCompleted");
        Fickle.Switched[id] = true;
        await hub.Client.RaiseEventAsync(id, "Continue", "now");
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal("NonDeterminism", done.FailureDetails!.ErrorType);
        Assert.Contains("step #0 is CallActivityAsync(\"Increment\") in history", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("CallActivityAsync(\"Flaky\")", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_over_the_cap_fails_with_advice_to_use_ContinueAsNew()
    {
        await using var hub = await StartAsync(o => o.MaxHistoryEvents = 40);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Chain), 50);
        var done = await hub.CompleteAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal("HistoryTooLarge", done.FailureDetails!.ErrorType);
        Assert.Contains("ContinueAsNew", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_that_keeps_failing_is_parked_and_the_instance_says_why()
    {
        await using var hub = await StartAsync(o => o.MaxDequeueCount = 3);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForever));
        await hub.WaitUntilAsync(id, i => i.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        // An event whose payload blob is missing: processing it fails every time.
        var broken = new WorkflowMessage(Guid.NewGuid().ToString("N"), id, null, new EventRaisedEvent("Go", PayloadStore.Prefix + "missing/blob"));
        await hub.Backend.Control.SendAsync(System.Text.Json.JsonSerializer.Serialize(broken, MessageCodec.Json));
        var done = await hub.AdvanceUntilCompletedAsync(id, TimeSpan.FromSeconds(30));
        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal("PoisonMessage", done.FailureDetails!.ErrorType);
        Assert.Contains("failed 3 times", done.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        var parked = await hub.Backend.Poison.ReceiveAsync(32, TimeSpan.FromSeconds(1));
        Assert.Contains(parked, m => m.Text.Contains(id, StringComparison.Ordinal));
    }
}
