using System.Collections.Concurrent;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>
/// Stands in for task C's intake service until it is merged: reads the files with the real <see cref="SubmissionReader"/>
/// (so the problems are the real German texts), rejects unusable files, accepts everything else as a new case
/// (<c>BF-2026-0001</c>, …) and records every call. Stores nothing.
/// </summary>
internal sealed class FakeCaseIntake(TimeProvider time) : ICaseIntake
{
    private static readonly HashSet<string> Unusable = ["no-files", "not-a-pdf", "unreadable", "password-protected", "unknown-form", "needs-manual-entry"];
    private int lastNumber;

    public ConcurrentQueue<IntakeRequest> Submissions { get; } = new();

    public ConcurrentQueue<(string CaseNumber, IntakeRequest Request)> Additions { get; } = new();

    /// <summary>The sender the intake refuses as not registered (as the real one does for unknown addresses).</summary>
    public const string UnregisteredCounsellor = "unbekannt@example.org";

    public Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Submissions.Enqueue(request);
        if (request.CounsellorEmail == UnregisteredCounsellor)
        {
            return Task.FromResult(new IntakeResult
            {
                Problems = [new ApplicationProblem("unknown-counsellor", null, "Ihre E-Mail-Adresse ist bei diesem Gremium nicht als beratende Stelle registriert.", "Not registered.")],
            });
        }

        var read = SubmissionReader.Read(request.Files, new SubmissionReadOptions { TimeProvider = time });
        if (read.Problems.Any(p => Unusable.Contains(p.Code)))
        {
            return Task.FromResult(new IntakeResult { Problems = read.Problems });
        }

        var number = Interlocked.Increment(ref lastNumber);
        return Task.FromResult(new IntakeResult
        {
            CaseNumber = $"BF-2026-{number:0000}",
            Created = true,
            Status = read.IsComplete ? CaseStatus.Received : CaseStatus.Incomplete,
            Problems = read.Problems,
        });
    }

    /// <summary>A case the intake refuses documents for (closed).</summary>
    public const string ClosedCase = "BF-2026-0666";

    public Task<IntakeResult> AddDocumentsAsync(string caseNumber, IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Additions.Enqueue((caseNumber, request));
        if (caseNumber == ClosedCase)
        {
            throw new CaseActionException("case-closed", "Der Vorgang ist abgeschlossen; Unterlagen können nicht mehr nachgereicht werden.", "The case is closed.");
        }

        var read = SubmissionReader.Read(request.Files, new SubmissionReadOptions { TimeProvider = time });
        if (read.Problems.Any(p => Unusable.Contains(p.Code)))
        {
            return Task.FromResult(new IntakeResult { Problems = read.Problems });
        }

        return Task.FromResult(new IntakeResult { CaseNumber = caseNumber, Status = CaseStatus.Received, Problems = [] });
    }
}
