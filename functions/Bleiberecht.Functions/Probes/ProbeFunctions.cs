using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Probes;

/// <summary>
/// One trivial function per non-HTTP trigger kind. Each writes a <see cref="ProbeRecord"/> to the <c>probe-records</c>
/// queue, so an operator (or a test) can see that the trigger works in the running mode: send a message to <c>probe</c>,
/// upload a blob to <c>probe-inbox</c>, or wait for the hourly clock.
/// </summary>
internal sealed class ProbeFunctions : IFunctionSource
{
    public const string QueueName = "probe";
    public const string InboxContainer = "probe-inbox";
    public const string ClockSchedule = "0 0 * * * *";

    public IEnumerable<FunctionDefinition> Functions { get; } =
    [
        FunctionDefinition.ForQueue<ProbeQueueFunction>("ProbeQueue", QueueName),
        FunctionDefinition.ForBlob<ProbeInboxFunction>("ProbeInbox", InboxContainer),
        FunctionDefinition.ForTimer<ProbeClockFunction>("ProbeClock", ClockSchedule),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<ProbeRecorder>();
}
