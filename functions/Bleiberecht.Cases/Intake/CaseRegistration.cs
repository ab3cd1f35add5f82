namespace Bleiberecht.Cases.Intake;

/// <summary>The case a submission belongs to; <see cref="Created"/> is false when the same submission was registered before.</summary>
public sealed record CaseRegistration(CaseNumber Number, bool Created);
