using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// Property names of a case's row in table <c>cases</c> (row <c>case|{number}</c> of <see cref="Intake.CaseRegistry"/>).
/// The intake sets <see cref="Organisation"/>, <see cref="CounsellorEmail"/> and <see cref="Channel"/> when it registers
/// (use <see cref="IntakeProperties"/>); the lifecycle sets the rest. No names, birth dates, addresses or free texts.
/// </summary>
public static class CaseRowFields
{
    /// <summary>The counsellor's organisation id.</summary>
    public const string Organisation = "OrganisationId";

    /// <summary>The submitting counsellor's registered e-mail address.</summary>
    public const string CounsellorEmail = "CounsellorEmail";

    /// <summary>The <see cref="IntakeChannel"/> (name).</summary>
    public const string Channel = "Channel";

    /// <summary>The <see cref="CaseStatus"/> (name).</summary>
    public const string Status = "Status";

    /// <summary>The <see cref="CaseOutcome"/> (name), closed cases.</summary>
    public const string Outcome = "Outcome";

    /// <summary>When received (set by the registry).</summary>
    public const string ReceivedAt = "ReceivedAt";

    /// <summary>When closed.</summary>
    public const string ClosedAt = "ClosedAt";

    /// <summary>When purged (or due to be).</summary>
    public const string PurgeAt = "PurgeAt";

    /// <summary>Personal data and documents deleted.</summary>
    public const string Purged = "Purged";

    /// <summary>Urgent.</summary>
    public const string Urgent = "Urgent";

    /// <summary>The session the case is scheduled for or was last on.</summary>
    public const string SessionId = "SessionId";

    /// <summary>Deferrals.</summary>
    public const string Deferrals = "Deferrals";

    /// <summary>Codes of what is missing, comma-separated.</summary>
    public const string MissingItems = "MissingItems";

    /// <summary>Exclusion facts (names), comma-separated.</summary>
    public const string Exclusions = "Exclusions";

    /// <summary>The assessment's recommendation category (name).</summary>
    public const string Recommendation = "Recommendation";

    /// <summary>The properties the intake passes to <see cref="Intake.CaseRegistry.RegisterAsync"/> for a new case.</summary>
    public static IReadOnlyDictionary<string, object?> IntakeProperties(string organisationId, string counsellorEmail, IntakeChannel channel) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Organisation] = organisationId,
            [CounsellorEmail] = counsellorEmail,
            [Channel] = channel.ToString(),
            [Status] = nameof(CaseStatus.Received),
        };
}
