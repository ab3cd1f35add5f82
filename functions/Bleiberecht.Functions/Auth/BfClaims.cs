using System.Security.Claims;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// The claims every authentication scheme of the app (App Service principal in Azure, development tokens locally)
/// puts on <see cref="ClaimsPrincipal"/>, and the mapping to the domain's <see cref="Actor"/>.
/// </summary>
internal static class BfClaims
{
    /// <summary>The role (<see cref="ActorRole"/> name).</summary>
    public const string Role = "bf:role";

    /// <summary>Stable subject: the counsellor's e-mail address, the member id, or the principal name.</summary>
    public const string Subject = "bf:sub";

    /// <summary>The committee id (all roles but the operator).</summary>
    public const string Committee = "bf:committee";

    /// <summary>The counsellor's organisation id.</summary>
    public const string Organisation = "bf:org";

    /// <summary>The member id (members).</summary>
    public const string Member = "bf:member";

    /// <summary>The actor of an authenticated principal, or null when the principal carries no valid role and subject.</summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Enum.TryParse<ActorRole>(principal.FindFirstValue(Role), ignoreCase: false, out var role)
            || role == ActorRole.System
            || principal.FindFirstValue(Subject) is not { Length: > 0 } subject)
        {
            return null;
        }

        return new Actor(role, subject, principal.FindFirstValue(Committee), principal.FindFirstValue(Organisation), principal.FindFirstValue(Member));
    }

    /// <summary>The claims of <paramref name="actor"/> (used by the schemes after they resolved who signed in).</summary>
    public static IEnumerable<Claim> For(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        yield return new Claim(Role, actor.Role.ToString());
        yield return new Claim(Subject, actor.Subject);
        if (actor.CommitteeId is { } committee)
        {
            yield return new Claim(Committee, committee);
        }

        if (actor.OrganisationId is { } organisation)
        {
            yield return new Claim(Organisation, organisation);
        }

        if (actor.MemberId is { } member)
        {
            yield return new Claim(Member, member);
        }
    }

    /// <summary>The actor of the current request (null when anonymous).</summary>
    public static Actor? GetActor(this HttpContext context) => ToActor(context?.User);
}
