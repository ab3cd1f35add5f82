namespace Bleiberecht.Functions.Hosting;

/// <summary>A function started on a schedule.</summary>
internal interface ITimerFunction
{
    Task HandleAsync(TimerInvocation invocation, CancellationToken cancellationToken = default);
}
