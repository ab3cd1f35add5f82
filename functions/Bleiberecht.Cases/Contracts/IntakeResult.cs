using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// The answer to a submission. Either <see cref="Accepted"/> with a case number (new, or the existing case for a
/// repeated file/Message-ID; <see cref="Problems"/> then lists what is still missing, e.g. the consent), or rejected
/// with the problems and nothing stored (not a PDF, too large, unknown form, password-protected, unknown sender).
/// </summary>
public sealed record IntakeResult
{
    /// <summary>True when a case exists for the submission (new or found again).</summary>
    public bool Accepted => CaseNumber is not null;

    /// <summary>The case number (accepted only).</summary>
    public string? CaseNumber { get; init; }

    /// <summary>True when this submission created the case; false when an earlier identical one had.</summary>
    public bool Created { get; init; }

    /// <summary>The case's status after intake (accepted only).</summary>
    public CaseStatus? Status { get; init; }

    /// <summary>What is wrong or missing, in German and English, each naming the field or file.</summary>
    public IReadOnlyList<ApplicationProblem> Problems { get; init; } = [];
}
