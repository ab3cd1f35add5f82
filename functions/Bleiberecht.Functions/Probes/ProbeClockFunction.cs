using System.Globalization;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Probes;

/// <summary>Records each tick of the clock (its scheduled time).</summary>
internal sealed class ProbeClockFunction(ProbeRecorder recorder) : ITimerFunction
{
    public Task HandleAsync(TimerInvocation invocation, CancellationToken cancellationToken = default) =>
        recorder.RecordAsync(invocation.FunctionName, invocation.ScheduledFor.ToString("o", CultureInfo.InvariantCulture), isPastDue: invocation.IsPastDue, cancellationToken: cancellationToken);
}
