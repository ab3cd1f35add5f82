using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Api;

/// <summary>The answer to an accepted submission or added documents: the case and what is still missing.</summary>
internal sealed record SubmissionResponse(string CaseNumber, bool Created, CaseStatus? Status, IReadOnlyList<ApplicationProblem> Problems);
