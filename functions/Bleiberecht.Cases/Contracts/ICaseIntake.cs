namespace Bleiberecht.Cases.Contracts;

/// <summary>Intake of submissions from every channel: check, read, register, store, start the case orchestration.</summary>
public interface ICaseIntake
{
    /// <summary>
    /// Takes a submission. Rejections store nothing. The same file or Message-ID again yields the same case
    /// (<see cref="IntakeResult.Created"/> false).
    /// </summary>
    Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds documents (e.g. the missing consent) to an existing case and tells its orchestration.</summary>
    Task<IntakeResult> AddDocumentsAsync(string caseNumber, IntakeRequest request, CancellationToken cancellationToken = default);
}
