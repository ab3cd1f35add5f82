namespace Bleiberecht.Cases.Contracts;

/// <summary>Who acts: recorded in the audit trail (never a name of an applicant).</summary>
/// <param name="Role">The role the person acts in.</param>
/// <param name="Subject">Stable identifier of the person: e-mail address for counsellors, member id, or the principal's name.</param>
/// <param name="CommitteeId">The committee the person belongs to (null for operators).</param>
/// <param name="OrganisationId">The counsellor's organisation id (counsellors only).</param>
/// <param name="MemberId">The member id from the committee configuration (members only).</param>
public sealed record Actor(ActorRole Role, string Subject, string? CommitteeId = null, string? OrganisationId = null, string? MemberId = null)
{
    /// <summary>The system acting on its own (timers, orchestrations).</summary>
    public static Actor System { get; } = new(ActorRole.System, "system");
}
