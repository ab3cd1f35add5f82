namespace Bleiberecht.Cases.Contracts;

/// <summary>One line of a case's or session's audit trail: who did what when. No personal data of the applicant.</summary>
/// <param name="Subject">Case number or session id.</param>
/// <param name="At">When.</param>
/// <param name="ActorRole">In which role.</param>
/// <param name="ActorSubject">Who (counsellor e-mail, member id, principal name, <c>system</c>).</param>
/// <param name="Action">What, as a stable code (e.g. <c>case.submitted</c>, <c>mail.sent</c>, <c>case.purged</c>).</param>
/// <param name="Detail">Non-personal detail (e.g. a document kind, a session id, a status).</param>
public sealed record AuditEntry(string Subject, DateTimeOffset At, ActorRole ActorRole, string ActorSubject, string Action, string? Detail = null);
