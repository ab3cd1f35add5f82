namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Input of <see cref="EnqueueCaseActivity"/>.</summary>
internal sealed record EnqueueCaseRequest(CaseLifecycleInput Case, bool Urgent);
