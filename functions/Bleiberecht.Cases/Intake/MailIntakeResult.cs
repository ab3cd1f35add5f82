namespace Bleiberecht.Cases.Intake;

/// <summary>The result of <see cref="MailIntake.ProcessAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="CaseNumber">The case (accepted, added).</param>
/// <param name="ReplySent">True when this call sent the reply; false when none was due or it had gone out before.</param>
public sealed record MailIntakeResult(MailIntakeOutcome Outcome, string? CaseNumber = null, bool ReplySent = false);
