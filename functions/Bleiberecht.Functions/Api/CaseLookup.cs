using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>Loads a case for a caller: 404 when unknown, 403 when outside the caller's scope.</summary>
internal static class CaseLookup
{
    public static async Task<(CaseSummary? Case, IResult? Problem)> LoadAsync(ICaseService cases, Actor actor, string caseNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (await cases.GetAsync(caseNumber, cancellationToken) is not { } summary)
        {
            return (null, ApiProblems.NotFound("caseNumber", $"Den Fall {caseNumber} gibt es nicht.", $"There is no case {caseNumber}."));
        }

        return AccessPolicy.CanSeeCase(actor, summary)
            ? (summary, null)
            : (null, ApiProblems.Forbidden("caseNumber", "Dieser Fall gehört nicht zu Ihrem Bereich.", "This case is outside your scope."));
    }
}
