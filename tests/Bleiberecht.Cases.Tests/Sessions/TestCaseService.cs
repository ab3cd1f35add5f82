using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>Returns the same application (with personal data) for every case: the dossiers must leave it out.</summary>
internal sealed class TestCaseService : ICaseService
{
    public const string FamilyName = "Rahimi";
    public const string GivenNames = "Gholam";
    public const string Street = "Lindenstraße 17";
    public const string BirthDate = "12.03.1990";

    public static ApplicationRecord Application { get; } = new()
    {
        FamilyName = FamilyName,
        GivenNames = GivenNames,
        DateOfBirth = new DateOnly(1990, 3, 12),
        Nationality = "afghanisch",
        Address = Street + ", 44135 Dortmund",
        AuthorityFileReference = "ABH-4711",
        ToleratedSince = new DateOnly(2019, 5, 1),
        EntryDate = new DateOnly(2016, 2, 3),
        HardshipReasons = "Seit sieben Jahren in Ausbildung und Arbeit; die Familie lebt hier.",
        MinorChildren = 2,
        Work = "Pflegehelfer",
        LanguageLevel = "B1",
    };

    public Task<ApplicationRecord?> GetApplicationAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<ApplicationRecord?>(Application);

    public Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task WithdrawAsync(string caseNumber, Actor actor, string? reason, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RevokeConsentAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task ReportExclusionAsync(string caseNumber, ExclusionFact fact, Actor actor, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
