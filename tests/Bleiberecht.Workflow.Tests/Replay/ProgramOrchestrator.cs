namespace Bleiberecht.Workflow.Tests.Replay;

/// <summary>One step of a generated orchestrator program.</summary>
public sealed record ProgramStep(int Kind, int Argument);

/// <summary>Interprets a generated program with every kind of durable step (activities, fan-out, timers, events, races).</summary>
internal sealed class ProgramOrchestrator : TaskOrchestrator<ProgramStep[], string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ProgramStep[] input)
    {
        var trace = new List<string>();
        foreach (var step in input)
        {
            switch (step.Kind % 6)
            {
                case 0:
                    trace.Add(await context.CallActivityAsync<string>("act" + (step.Argument % 3), step.Argument));
                    break;
                case 1:
                    await context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(1 + (step.Argument % 90)), CancellationToken.None);
                    trace.Add("timer@" + context.CurrentUtcDateTime.Ticks);
                    break;
                case 2:
                    var tasks = Enumerable.Range(0, 1 + (step.Argument % 4)).Select(i => context.CallActivityAsync<string>("act" + i, i)).ToArray();
                    trace.AddRange(await Task.WhenAll(tasks));
                    break;
                case 3:
                    trace.Add(await context.WaitForExternalEvent<string>("ev" + (step.Argument % 2)));
                    break;
                case 4:
                    using (var cancel = new CancellationTokenSource())
                    {
                        var work = context.CallActivityAsync<string>("act0", step.Argument);
                        var timeout = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(5), cancel.Token);
                        var winner = await Task.WhenAny(work, timeout);
                        cancel.Cancel(); // synchronous: callbacks must run on the replaying thread
                        trace.Add(winner == work ? await work : "timeout");
                    }

                    break;
                default:
                    try
                    {
                        trace.Add(await context.WaitForExternalEvent<string>("ev1", TimeSpan.FromMinutes(step.Argument % 30 + 1)));
                    }
                    catch (TaskCanceledException)
                    {
                        trace.Add("no event");
                    }

                    trace.Add(context.NewGuid().ToString("N")[..8]);
                    break;
            }
        }

        context.SetCustomStatus(trace.Count);
        return string.Join("|", trace);
    }
}
