using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>A case event as the stand-in case orchestration passes it to its recording activity.</summary>
public sealed record RecordedCaseEvent(string CaseNumber, CaseEvent Event);
