using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.History;
using Bleiberecht.Workflow.Replay;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow.Engine;

/// <summary>Everything the processors share: storage, settings, registry, serializers, clock and signals.</summary>
internal sealed class WorkflowRuntime
{
    public WorkflowRuntime(WorkflowBackend backend, WorkflowOptions options, IServiceProvider services, TimeProvider time, ILoggerFactory loggerFactory, WorkSignals signals)
    {
        Backend = backend;
        Options = options;
        Services = services;
        Time = time;
        LoggerFactory = loggerFactory;
        Signals = signals;
        Converter = DataConverter.Default;
        Payloads = new PayloadStore(backend.Payloads, options.LargePayloadThresholdBytes);
        Codec = new MessageCodec(Payloads);
        Executor = new OrchestrationExecutor(Converter, loggerFactory);
        Logger = loggerFactory.CreateLogger("Bleiberecht.Workflow");
    }

    public WorkflowBackend Backend { get; }

    public WorkflowOptions Options { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory { get; }

    public WorkSignals Signals { get; }

    public DataConverter Converter { get; }

    public PayloadStore Payloads { get; }

    public MessageCodec Codec { get; }

    public OrchestrationExecutor Executor { get; }

    public ILogger Logger { get; }

    /// <summary>Messages due within this window are held in-process until due rather than re-queued (precise timers).</summary>
    public static TimeSpan HoldWindow { get; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Set by the standalone dispatcher: activity messages are then sent invisible (a backup that other workers see
    /// only if this process dies) and handed to this callback (text, pending send receipt) to run at once, while the
    /// backup is still being sent. Safe because the message that triggered the step is deleted only after its sends.
    /// </summary>
    public Action<string, Task<ReceivedMessage>>? LocalWork { get; set; }

    public IMessageQueue QueueOf(string queue) => queue == OutboxMessage.ControlQueue ? Backend.Control : Backend.Work;

    /// <summary>Sends an outbox message; a visibility beyond the queue limit is chained by the receiver.</summary>
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var queue = QueueOf(message.Queue);
        if (message.Queue == OutboxMessage.WorkQueue && LocalWork is { } local)
        {
            var sending = queue.SendAsync(message.Text, Options.MessageVisibilityTimeout, cancellationToken);
            local(message.Text, sending);
            await sending.ConfigureAwait(false);
            return;
        }

        TimeSpan? delay = message.VisibleAt is { } at && at - now > HoldWindow ? at - now : null;
        if (delay > Options.MaxTimerMessageDelay)
        {
            delay = Options.MaxTimerMessageDelay;
        }

        await queue.SendAsync(message.Text, delay, cancellationToken).ConfigureAwait(false);
        Signals.MessageSent(queue.Name, delay is null ? now : message.VisibleAt ?? now);
    }

    public async Task SendAllAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 1)
        {
            await SendAsync(messages[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (m, ct) => await SendAsync(m, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>When a control message may be processed (timers and scheduled starts); null for now.</summary>
    public static DateTimeOffset? NotBefore(WorkflowMessage message) => message.Event switch
    {
        TimerFiredEvent timer => timer.FireAt,
        ExecutionStartedEvent { ScheduledStartTime: { } start } => start,
        _ => null,
    };
}
