using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>
/// In-memory <see cref="ICaseIntake"/>: files starting with <c>%PDF</c> are accepted (the same bytes again: the same
/// case); text containing <c>ohne-einwilligung</c> is accepted with the consent missing; anything else is rejected.
/// </summary>
internal sealed class FakeCaseIntake(TimeProvider clock) : ICaseIntake
{
    private readonly ConcurrentDictionary<string, string> byContent = new(StringComparer.Ordinal);
    private int next = 100;

    public ConcurrentQueue<IntakeRequest> Requests { get; } = new();

    public Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        if (Rejection(request) is { } rejected)
        {
            return Task.FromResult(rejected);
        }

        var key = Convert.ToHexString(SHA256.HashData(request.Files.SelectMany(f => f.Content).ToArray()));
        var created = false;
        var number = byContent.GetOrAdd(key, _ =>
        {
            created = true;
            return $"BF-{clock.GetUtcNow().Year}-{Interlocked.Increment(ref next):0000}";
        });
        return Task.FromResult(new IntakeResult { CaseNumber = number, Created = created, Status = CaseStatus.Received, Problems = Missing(request) });
    }

    public Task<IntakeResult> AddDocumentsAsync(string caseNumber, IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return Task.FromResult(Rejection(request) ?? new IntakeResult { CaseNumber = caseNumber, Created = false, Status = CaseStatus.Received, Problems = Missing(request) });
    }

    private static IntakeResult? Rejection(IntakeRequest request)
    {
        var problems = request.Files
            .Where(f => !Encoding.ASCII.GetString(f.Content.AsSpan(0, Math.Min(4, f.Content.Length))).Equals("%PDF", StringComparison.Ordinal))
            .Select(f => new ApplicationProblem("not-pdf", "files", $"Die Datei „{f.Name}“ ist kein PDF.", $"The file '{f.Name}' is not a PDF."))
            .ToArray();
        return problems.Length == 0 ? null : new IntakeResult { Problems = problems };
    }

    private static ApplicationProblem[] Missing(IntakeRequest request) =>
        request.Files.Any(f => Encoding.ASCII.GetString(f.Content).Contains("ohne-einwilligung", StringComparison.Ordinal))
            ? [new ApplicationProblem("consent-missing", "einwilligung_unterschrift", "Die Einwilligungserklärung fehlt.", "The consent declaration is missing.")]
            : [];
}
