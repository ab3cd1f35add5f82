using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Contracts;

/// <summary>A submission by a counsellor: one or more PDFs (application, separate consent) through one channel.</summary>
/// <param name="CommitteeId">The committee it is for.</param>
/// <param name="Channel">Form, API or e-mail.</param>
/// <param name="CounsellorEmail">The authenticated counsellor (form/API) or the e-mail sender; must be registered with the committee.</param>
/// <param name="Files">The uploaded files as received (names unsanitised; content not yet checked).</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="MessageId">The e-mail's Message-ID (e-mail only): the same message again is the same case.</param>
public sealed record IntakeRequest(
    string CommitteeId,
    IntakeChannel Channel,
    string CounsellorEmail,
    IReadOnlyList<SubmissionFile> Files,
    DateTimeOffset ReceivedAt,
    string? MessageId = null);
