using System.Collections.Concurrent;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Stands in for the case service: only <see cref="GetAsync"/> (the form checks who owns a case).</summary>
internal sealed class FakeCaseService : ICaseService
{
    public ConcurrentDictionary<string, CaseSummary> Cases { get; } = new();

    public void Add(string caseNumber, string committeeId, string organisationId) => Cases[caseNumber] = new CaseSummary
    {
        CaseNumber = caseNumber,
        CommitteeId = committeeId,
        OrganisationId = organisationId,
        CounsellorEmail = "beratung@" + organisationId + ".example",
        Channel = IntakeChannel.Form,
        Status = CaseStatus.Incomplete,
        ReceivedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
    };

    public Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(Cases.TryGetValue(caseNumber, out var summary) ? summary : null);

    public Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ApplicationRecord?> GetApplicationAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task WithdrawAsync(string caseNumber, Actor actor, string? reason, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RevokeConsentAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task ReportExclusionAsync(string caseNumber, ExclusionFact fact, Actor actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
