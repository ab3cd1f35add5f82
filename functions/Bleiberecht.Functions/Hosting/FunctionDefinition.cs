namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// One entry of the <see cref="FunctionCatalog"/>: a function's name, its trigger and the handler that runs it.
/// Build entries with <see cref="ForQueue{THandler}"/>, <see cref="ForBlob{THandler}"/>, <see cref="ForTimer{THandler}"/> or <see cref="ForHttp"/>.
/// </summary>
/// <param name="Name">The function name (the folder of its <c>function.json</c>; the custom-handler route <c>POST /{Name}</c>).</param>
/// <param name="Kind">The trigger kind.</param>
/// <param name="Queue">The queue a <see cref="TriggerKind.Queue"/> function listens to.</param>
/// <param name="Container">The container a <see cref="TriggerKind.Blob"/> function watches.</param>
/// <param name="Schedule">The NCRONTAB schedule of a <see cref="TriggerKind.Timer"/> function.</param>
/// <param name="Route">The route template of an <see cref="TriggerKind.Http"/> function.</param>
/// <param name="Handler">The class implementing <see cref="IQueueFunction"/>, <see cref="IBlobFunction"/> or <see cref="ITimerFunction"/>; none for HTTP.</param>
internal sealed record FunctionDefinition(
    string Name,
    TriggerKind Kind,
    string? Queue = null,
    string? Container = null,
    string? Schedule = null,
    string? Route = null,
    Type? Handler = null)
{
    /// <summary>The name of the trigger binding in <c>function.json</c> and of the <c>Data</c> member in custom-handler invocations.</summary>
    public string BindingName => Kind switch
    {
        TriggerKind.Http => "req",
        TriggerKind.Queue => "message",
        TriggerKind.Blob => "blob",
        _ => "timer",
    };

    /// <summary>
    /// False when standalone mode must not start a trigger for this function because something else consumes its
    /// source there (the workflow runtime's own dispatcher polls its queues); the Functions host still triggers it.
    /// </summary>
    public bool StandaloneTrigger { get; init; } = true;

    /// <summary>The queue a message goes to after it failed <see cref="QueueTriggerOptions.MaxDequeueCount"/> times.</summary>
    public string? PoisonQueue => Queue is null ? null : Queue + "-poison";

    /// <summary>A function started by a queue message.</summary>
    public static FunctionDefinition ForQueue<THandler>(string name, string queue)
        where THandler : class, IQueueFunction => new(name, TriggerKind.Queue, Queue: queue, Handler: typeof(THandler));

    /// <summary>A function started by a new blob in <paramref name="container"/>.</summary>
    public static FunctionDefinition ForBlob<THandler>(string name, string container)
        where THandler : class, IBlobFunction => new(name, TriggerKind.Blob, Container: container, Handler: typeof(THandler));

    /// <summary>A function started on the six-field NCRONTAB <paramref name="schedule"/> (UTC).</summary>
    public static FunctionDefinition ForTimer<THandler>(string name, string schedule)
        where THandler : class, ITimerFunction => new(name, TriggerKind.Timer, Schedule: schedule, Handler: typeof(THandler));

    /// <summary>The HTTP entry: in Azure the host forwards matching requests to the app unchanged.</summary>
    public static FunctionDefinition ForHttp(string name, string route) => new(name, TriggerKind.Http, Route: route);
}
