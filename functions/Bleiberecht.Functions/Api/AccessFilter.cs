using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// Applies an endpoint's row of <see cref="ApiAccess"/>: 401 without sign-in, 403 for a signed-in caller who is not a
/// configured person, a role not in the row, a member outside the term, or another committee in the route. Maps the
/// domain's refusals (<see cref="CaseActionException"/>, <see cref="SessionPlanningException"/>) to problems.
/// </summary>
internal sealed class AccessFilter(ApiRoute route) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!route.Anonymous)
        {
            if (Refusal(http) is { } refusal)
            {
                return refusal;
            }

            http.Response.Headers.CacheControl = "no-store";
        }

        try
        {
            return await next(context);
        }
        catch (CaseActionException e)
        {
            var status = e.Code.EndsWith("not-found", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return ApiProblems.Create(status, e.Code, "caseNumber", e.MessageDe, e.Message);
        }
        catch (SessionPlanningException e)
        {
            var refusal = e.Refusal;
            var status = refusal.Code.EndsWith("not-found", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity;
            return ApiProblems.Create(status, refusal.Code, refusal.Field, refusal.MessageDe, refusal.MessageEn);
        }
    }

    private IResult? Refusal(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return ApiProblems.Unauthenticated();
        }

        if (http.GetActor() is not { } actor)
        {
            return ApiProblems.Forbidden(
                "Authorization",
                "Ihre Anmeldung ist keiner eingetragenen Person dieses Gremiums zugeordnet.",
                "Your sign-in does not match a registered person of a committee.");
        }

        if (!route.Allows(actor.Role))
        {
            return ApiProblems.Forbidden("role", $"Die Rolle {actor.Role} darf dies nicht.", $"The role {actor.Role} may not do this.");
        }

        var policy = http.RequestServices.GetRequiredService<AccessPolicy>();
        if (!policy.IsInTerm(actor))
        {
            return ApiProblems.Forbidden("member", "Ihre Amtszeit als Mitglied des Gremiums umfasst den heutigen Tag nicht.", "Your term as a member does not cover today.");
        }

        if (http.GetRouteValue("committee") is string committee)
        {
            if (http.RequestServices.GetRequiredService<CommitteeCatalog>().Find(committee) is null)
            {
                return ApiProblems.NotFound("committee", $"Das Gremium „{committee}“ ist nicht eingerichtet.", $"The committee '{committee}' is not configured.");
            }

            if (!AccessPolicy.InCommittee(actor, committee))
            {
                return ApiProblems.Forbidden("committee", "Sie gehören nicht zu diesem Gremium.", "You do not belong to this committee.");
            }
        }

        return null;
    }
}
