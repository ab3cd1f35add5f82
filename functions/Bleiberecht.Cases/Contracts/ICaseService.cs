using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Contracts;

/// <summary>Reading and acting on cases (authorization is the caller's: this interface trusts its caller).</summary>
public interface ICaseService
{
    /// <summary>The case's summary, or null when unknown.</summary>
    Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Cases of a committee received in <paramref name="year"/>, optionally only one organisation's.</summary>
    Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>The application as read from the documents (personal data; null when unknown or purged).</summary>
    Task<ApplicationRecord?> GetApplicationAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Withdrawal by the counsellor: the case closes with a closing notice.</summary>
    Task WithdrawAsync(string caseNumber, Actor actor, string? reason, CancellationToken cancellationToken = default);

    /// <summary>The applicant revoked the consent: the case stops and its personal data is purged now.</summary>
    Task RevokeConsentAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>An exclusion fact became known after submission: the case closes as not admissible.</summary>
    Task ReportExclusionAsync(string caseNumber, ExclusionFact fact, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The case's audit trail, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string caseNumber, CancellationToken cancellationToken = default);
}
