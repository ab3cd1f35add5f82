using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>The case events the stand-in case orchestrations received, per case number, in order.</summary>
internal sealed class CaseEventRecorder
{
    private readonly Lock gate = new();
    private readonly List<(string CaseNumber, CaseEvent Event)> events = [];

    public void Record(string caseNumber, CaseEvent caseEvent)
    {
        lock (gate)
        {
            events.Add((caseNumber, caseEvent));
        }
    }

    public IReadOnlyList<CaseEvent> For(string caseNumber)
    {
        lock (gate)
        {
            return events.Where(e => e.CaseNumber == caseNumber).Select(e => e.Event).ToArray();
        }
    }
}
