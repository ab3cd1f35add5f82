using System.Collections.Concurrent;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>In-memory <see cref="ICaseService"/>: the cases the test seeds; actions are recorded, closed cases refuse them.</summary>
internal sealed class FakeCaseService : ICaseService
{
    private readonly ConcurrentDictionary<string, CaseSummary> cases = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Calls { get; } = new();

    public void Add(CaseSummary summary) => cases[summary.CaseNumber] = summary;

    public Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default) => Task.FromResult(cases.GetValueOrDefault(caseNumber));

    public Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CaseSummary>>(cases.Values
            .Where(c => c.CommitteeId == committeeId && c.ReceivedAt.Year == year && (organisationId is null || c.OrganisationId == organisationId))
            .OrderBy(c => c.CaseNumber, StringComparer.Ordinal)
            .ToArray());

    public Task<ApplicationRecord?> GetApplicationAsync(string caseNumber, CancellationToken cancellationToken = default) => Task.FromResult<ApplicationRecord?>(null);

    public Task WithdrawAsync(string caseNumber, Actor actor, string? reason, CancellationToken cancellationToken = default) => Act("withdraw", caseNumber, actor);

    public Task RevokeConsentAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default) => Act("revoke", caseNumber, actor);

    public Task ReportExclusionAsync(string caseNumber, ExclusionFact fact, Actor actor, CancellationToken cancellationToken = default) => Act($"exclusion:{fact}", caseNumber, actor);

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([new AuditEntry(caseNumber, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "case.submitted")]);

    private Task Act(string action, string caseNumber, Actor actor)
    {
        if (cases.GetValueOrDefault(caseNumber) is { Status: CaseStatus.Closed })
        {
            throw new CaseActionException("case-closed", $"Der Fall {caseNumber} ist bereits abgeschlossen.", $"The case {caseNumber} is already closed.");
        }

        Calls.Enqueue($"{action} {caseNumber} by {actor.Role}:{actor.Subject}");
        return Task.CompletedTask;
    }
}
