using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Intake;

/// <summary>The checks before anything is read or stored: sender, number and size of files, PDF by content.</summary>
public sealed partial class IntakeService
{
    private (CommitteeConfiguration? Committee, CounsellorOrganisation? Organisation, IReadOnlyList<ApplicationProblem>? Rejection) CheckSender(IntakeRequest request)
    {
        if (committees.Find(request.CommitteeId ?? "") is not { } committee)
        {
            return (null, null, [IntakeProblems.UnknownCommittee()]);
        }

        return string.IsNullOrWhiteSpace(request.CounsellorEmail) || committee.FindOrganisationOf(request.CounsellorEmail) is not { } organisation
            ? (committee, null, [IntakeProblems.UnknownCounsellor()])
            : (committee, organisation, null);
    }

    private IntakeFile[] CheckFiles(IReadOnlyList<SubmissionFile>? submitted, out IReadOnlyList<ApplicationProblem>? rejection)
    {
        rejection = null;
        if (submitted is not { Count: > 0 })
        {
            rejection = [IntakeProblems.NoFiles()];
            return [];
        }

        if (submitted.Count > limits.MaxFiles)
        {
            rejection = [IntakeProblems.TooManyFiles(submitted.Count, limits.MaxFiles)];
            return [];
        }

        var files = submitted.Select(IntakeFile.From).ToArray();
        var tooLarge = files.Where(f => f.Content.LongLength > limits.MaxFileBytes).Select(f => IntakeProblems.FileTooLarge(f.SafeName, f.Content.LongLength, limits.MaxFileBytes)).ToArray();
        var total = files.Sum(f => f.Content.LongLength);
        if (tooLarge.Length > 0 || total > limits.MaxTotalBytes)
        {
            rejection = tooLarge.Length > 0 ? tooLarge : [IntakeProblems.SubmissionTooLarge(total, limits.MaxTotalBytes)];
            return [];
        }

        var notPdf = files.Where(f => !StartsAsPdf(f.Content)).Select(f => IntakeProblems.NotAPdf(f.SafeName)).ToArray();
        if (notPdf.Length > 0)
        {
            rejection = notPdf;
            return [];
        }

        // Two uploads with the same content are one document.
        return files.DistinctBy(f => f.Sha256, StringComparer.Ordinal).ToArray();
    }

    private bool StartsAsPdf(byte[] content) => content.AsSpan(0, Math.Min(content.Length, limits.PdfHeaderWindow)).IndexOf("%PDF-"u8) >= 0;
}
