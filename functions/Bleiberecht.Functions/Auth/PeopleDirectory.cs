using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Finds who a signed-in person is in the committee configuration: counsellor → organisation (by registered e-mail),
/// member → member id (by e-mail), secretariat / foreigners' authority → the committee whose contact e-mail it is, or
/// the committee the identity provider assigned (app role <c>Secretariat.dortmund</c>). Operators belong to no committee.
/// </summary>
internal sealed class PeopleDirectory(CommitteeCatalog committees)
{
    /// <summary>
    /// The actor for <paramref name="role"/> and <paramref name="email"/>. <paramref name="committeeId"/> narrows the
    /// search; with <paramref name="committeeAssigned"/> (an app role naming the committee) secretariat and ABH staff need
    /// not use the functional mailbox.
    /// </summary>
    public PersonResolution Resolve(ActorRole role, string? committeeId, string email, bool committeeAssigned = false)
    {
        var address = email?.Trim() ?? string.Empty;
        if (role == ActorRole.Operator)
        {
            return address.Length == 0
                ? PersonResolution.Refused("Es fehlt die Kennung der Person.", "The person's identifier is missing.")
                : new PersonResolution(new Actor(ActorRole.Operator, address));
        }

        if (role == ActorRole.System || address.Length == 0)
        {
            return PersonResolution.Refused("Rolle oder E-Mail-Adresse fehlt.", "Role or e-mail address is missing.");
        }

        IReadOnlyList<CommitteeConfiguration> candidates;
        if (committeeId is { Length: > 0 })
        {
            if (committees.Find(committeeId) is not { } committee)
            {
                return PersonResolution.Refused($"Das Gremium „{committeeId}“ ist nicht eingerichtet.", $"The committee '{committeeId}' is not configured.");
            }

            candidates = [committee];
        }
        else
        {
            candidates = committees.All;
        }

        var found = candidates.Select(c => Match(c, role, address, committeeAssigned && committeeId is { Length: > 0 })).OfType<Actor>().ToArray();
        return found.Length switch
        {
            1 => new PersonResolution(found[0]),
            0 => PersonResolution.Refused(
                $"Die Adresse {address} ist für die Rolle {role} in keinem Gremium eingetragen.",
                $"The address {address} is not registered for the role {role} with any committee."),
            _ => PersonResolution.Refused(
                $"Die Adresse {address} ist in mehreren Gremien eingetragen; das Gremium muss angegeben werden.",
                $"The address {address} is registered with several committees; the committee must be given."),
        };
    }

    private static Actor? Match(CommitteeConfiguration committee, ActorRole role, string email, bool committeeAssigned) => role switch
    {
        ActorRole.Counsellor => committee.Organisations
            .SelectMany(o => o.Counsellors.Select(c => (Organisation: o, Counsellor: c)))
            .Where(x => Same(x.Counsellor.Email, email))
            .Select(x => new Actor(role, x.Counsellor.Email.ToLowerInvariant(), committee.Id, x.Organisation.Id))
            .FirstOrDefault(),
        ActorRole.Member => committee.Members
            .Where(m => Same(m.Email, email))
            .Select(m => new Actor(role, m.Id, committee.Id, MemberId: m.Id))
            .FirstOrDefault(),
        ActorRole.Secretariat when committeeAssigned || Same(committee.Secretariat.Email, email) => new Actor(role, email.ToLowerInvariant(), committee.Id),
        ActorRole.ForeignersAuthority when committeeAssigned || Same(committee.ForeignersAuthority.Email, email) => new Actor(role, email.ToLowerInvariant(), committee.Id),
        _ => null,
    };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
