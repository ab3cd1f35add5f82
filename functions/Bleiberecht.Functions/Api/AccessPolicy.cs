using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>The data scope of each role (which committee, case, session and document); see <see cref="ApiAccess"/>.</summary>
internal sealed class AccessPolicy(CommitteeCatalog committees, TimeProvider timeProvider)
{
    /// <summary>The actor belongs to the committee (operators belong to none and see all, within their endpoints).</summary>
    public static bool InCommittee(Actor actor, string? committeeId) =>
        actor.Role == ActorRole.Operator || (committeeId is not null && string.Equals(actor.CommitteeId, committeeId, StringComparison.Ordinal));

    /// <summary>A member is in office today (committee time zone); other roles always pass.</summary>
    public bool IsInTerm(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.Member)
        {
            return true;
        }

        var committee = actor.CommitteeId is { } id ? committees.Find(id) : null;
        var member = committee?.Members.FirstOrDefault(m => string.Equals(m.Id, actor.MemberId, StringComparison.Ordinal));
        return committee is not null && member is not null && member.IsInOffice(Today(committee));
    }

    /// <summary>Today in the committee's time zone.</summary>
    public DateOnly Today(CommitteeConfiguration committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Counsellors: own organisation's cases; secretariat and ABH: the committee's; operator: audit only.</summary>
    public static bool CanSeeCase(Actor actor, CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(summary);
        return InCommittee(actor, summary.CommitteeId)
            && (actor.Role != ActorRole.Counsellor || string.Equals(actor.OrganisationId, summary.OrganisationId, StringComparison.Ordinal));
    }

    /// <summary>Members: sessions they are invited to; secretariat: the committee's.</summary>
    public static bool CanSeeSession(Actor actor, SessionView session)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(session);
        return InCommittee(actor, session.CommitteeId)
            && (actor.Role != ActorRole.Member || (actor.MemberId is { } member && session.InvitedMemberIds.Contains(member, StringComparer.Ordinal)));
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may read <paramref name="document"/>, given the case and session it belongs to
    /// (as loaded by the caller; null when it has none or it is unknown).
    /// </summary>
    public static bool CanReadDocument(Actor actor, StoredDocument document, CaseSummary? caseSummary, SessionView? session)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(document);
        if (!ApiAccess.ReadableKinds(actor.Role).Contains(document.Kind))
        {
            return false;
        }

        return actor.Role switch
        {
            ActorRole.Secretariat or ActorRole.ForeignersAuthority =>
                (caseSummary is not null || session is not null)
                && (caseSummary is null || InCommittee(actor, caseSummary.CommitteeId))
                && (session is null || InCommittee(actor, session.CommitteeId)),
            ActorRole.Counsellor => caseSummary is not null && CanSeeCase(actor, caseSummary),
            ActorRole.Member => session is not null && CanSeeSession(actor, session)
                && (document.Kind != StoredDocumentKind.Invitation || string.Equals(document.MemberId, actor.MemberId, StringComparison.Ordinal))
                && (document.Kind != StoredDocumentKind.Dossier || session.Cases.Any(c => string.Equals(c.CaseNumber, document.CaseNumber, StringComparison.Ordinal))),
            _ => false,
        };
    }
}
