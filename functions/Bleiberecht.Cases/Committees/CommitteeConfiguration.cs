namespace Bleiberecht.Cases.Committees;

/// <summary>
/// Everything that differs between committees, as data: members, contacts, registered counsellors,
/// session rules, periods and document templates. Loaded from JSON by <see cref="CommitteeConfigurationLoader"/>.
/// </summary>
public sealed record CommitteeConfiguration
{
    /// <summary>Stable lower-case id (e.g. <c>dortmund</c>), part of every key that belongs to the committee.</summary>
    public required string Id { get; init; }

    /// <summary>Display name, e.g. „Gremium Bleiberechte fördern (Stadt Dortmund)“.</summary>
    public required string Name { get; init; }

    /// <summary>Prefix of case numbers (<c>BF-2026-0042</c>).</summary>
    public string CaseNumberPrefix { get; init; } = "BF";

    public required IReadOnlyList<CommitteeMember> Members { get; init; }

    public required Contact Secretariat { get; init; }

    /// <summary>The foreigners' authority (Ausländerbehörde): receives notices and assessments, never minutes.</summary>
    public required Contact ForeignersAuthority { get; init; }

    public required IReadOnlyList<CounsellorOrganisation> Organisations { get; init; }

    public required SessionRules Sessions { get; init; }

    public required CaseRules Cases { get; init; }

    /// <summary>IANA time zone of the committee: calendar years, deadlines and letters use its local time.</summary>
    public string TimeZone { get; init; } = "Europe/Berlin";

    /// <summary>Name of the document template set (agenda, letters, minutes) the committee uses.</summary>
    public string Templates { get; init; } = "default";

    /// <summary>The organisation a counsellor's e-mail address is registered with, or null for an unknown sender.</summary>
    public CounsellorOrganisation? FindOrganisationOf(string email) => Organisations
        .FirstOrDefault(o => o.Counsellors.Any(c => string.Equals(c.Email, email.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>The members whose term covers <paramref name="day"/>.</summary>
    public IReadOnlyList<CommitteeMember> MembersInOffice(DateOnly day) => Members.Where(m => m.IsInOffice(day)).ToArray();
}
