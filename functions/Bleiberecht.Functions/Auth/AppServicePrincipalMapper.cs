using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Maps an App Service principal to an actor. App roles: <c>Secretariat</c>, <c>ForeignersAuthority</c>, <c>Member</c>,
/// <c>Counsellor</c>, <c>Operator</c>, optionally with the committee after a dot (<c>Secretariat.dortmund</c>). With
/// several roles the first that resolves in that order wins.
/// </summary>
internal sealed class AppServicePrincipalMapper(PeopleDirectory people)
{
    private static readonly ActorRole[] Precedence =
        [ActorRole.Secretariat, ActorRole.ForeignersAuthority, ActorRole.Member, ActorRole.Counsellor, ActorRole.Operator];

    public PersonResolution Map(ClientPrincipal principal, string? nameHeader)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var email = principal.Email ?? (nameHeader is { } n && n.Contains('@', StringComparison.Ordinal) ? n.Trim() : null);
        var roles = principal.Roles.Select(Parse).OfType<(ActorRole Role, string? Committee)>().ToArray();
        if (roles.Length == 0)
        {
            return PersonResolution.Refused("Ihrem Konto ist keine Rolle dieser Anwendung zugewiesen.", "Your account has no role of this application.");
        }

        if (email is null)
        {
            return PersonResolution.Refused("Die Anmeldung enthält keine E-Mail-Adresse.", "The sign-in carries no e-mail address.");
        }

        PersonResolution? first = null;
        foreach (var (role, committee) in roles.OrderBy(r => Array.IndexOf(Precedence, r.Role)))
        {
            var resolution = people.Resolve(role, committee, email, committeeAssigned: committee is not null);
            if (resolution.Actor is not null)
            {
                return resolution;
            }

            first ??= resolution;
        }

        return first!;
    }

    private static (ActorRole Role, string? Committee)? Parse(string value)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? value : value[..dot];
        var committee = dot < 0 ? null : value[(dot + 1)..];
        return Enum.TryParse<ActorRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) && role != ActorRole.System && !int.TryParse(name, out _)
            && (committee is null || committee.Length > 0)
            ? (role, committee)
            : null;
    }
}
