namespace Bleiberecht.Cases.Contracts;

/// <summary>Names shared by the case and session orchestrations and their callers.</summary>
public static class CaseWorkflow
{
    /// <summary>The case orchestrator's name; instance id = case number.</summary>
    public const string CaseOrchestratorName = "CaseLifecycle";

    /// <summary>The session orchestrator's name; instance id = session id.</summary>
    public const string SessionOrchestratorName = "SessionLifecycle";

    /// <summary>The external event carrying a <see cref="CaseEvent"/>.</summary>
    public const string CaseEventName = "CaseEvent";

    /// <summary>The external event carrying a <see cref="SessionEvent"/>.</summary>
    public const string SessionEventName = "SessionEvent";
}
