using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Tests.Intake;

/// <summary>One test's committee and intake, with helpers to look at what was stored.</summary>
public sealed record IntakeScope(CommitteeConfiguration Committee, CommitteeCatalog Catalog, CaseRegistry Registry, IntakeService Intake, IntakeFixture Fixture)
{
    public const string Counsellor = "fluechtlingsberatung@awo.dortmund.example";

    public IntakeRequest Request(params SubmissionFile[] files) =>
        new(Committee.Id, IntakeChannel.Form, Counsellor, files, IntakeSamples.Today);

    public string CaseNumber(int sequence) => $"{Committee.CaseNumberPrefix}-2026-{sequence:D4}";

    /// <summary>Case rows registered for the committee this year.</summary>
    public async Task<int> CaseCountAsync() => (await Registry.ListAsync(Committee.Id, 2026)).Count;

    /// <summary>Blobs under <c>cases/{prefix}-</c> in the documents container.</summary>
    public async Task<int> StoredBlobCountAsync()
    {
        var container = Fixture.Blobs.GetBlobContainerClient("documents");
        if (!(await container.ExistsAsync()).Value)
        {
            return 0;
        }

        var count = 0;
        await foreach (var _ in container.GetBlobsAsync($"cases/{Committee.CaseNumberPrefix}-"))
        {
            count++;
        }

        return count;
    }
}
