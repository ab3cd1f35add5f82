using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>Hands a received case event to the test's <see cref="CaseEventRecorder"/>.</summary>
internal sealed class RecordCaseEventActivity(CaseEventRecorder recorder) : TaskActivity<RecordedCaseEvent, bool>
{
    public const string Name = "Test.RecordCaseEvent";

    public override Task<bool> RunAsync(TaskActivityContext context, RecordedCaseEvent input)
    {
        recorder.Record(input.CaseNumber, input.Event);
        return Task.FromResult(true);
    }
}
