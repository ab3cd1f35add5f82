using Bleiberecht.Cases.Calendar;

namespace Bleiberecht.Cases.Contracts;

/// <summary>A session as the secretariat and the API see it.</summary>
public sealed record SessionView
{
    /// <summary>Session id, e.g. <c>BF-S-2027-01</c> (prefix of the committee, <c>S</c>, year, running number in the year); also the session orchestration's instance id.</summary>
    public required string Id { get; init; }

    /// <summary>The committee id.</summary>
    public required string CommitteeId { get; init; }

    /// <summary>Running number in the calendar year (regular and ad hoc together).</summary>
    public required int Number { get; init; }

    /// <summary>Regular or ad hoc.</summary>
    public required SessionKind Kind { get; init; }

    /// <summary>Start of the session.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>Planned duration.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Where it takes place (room, address).</summary>
    public required string Place { get; init; }

    /// <summary>Where it stands.</summary>
    public required SessionStatus Status { get; init; }

    /// <summary>When the agenda closes.</summary>
    public required DateTimeOffset AgendaClosesAt { get; init; }

    /// <summary>When invitations must be out at the latest.</summary>
    public required DateTimeOffset InvitationsDueAt { get; init; }

    /// <summary>The agenda.</summary>
    public IReadOnlyList<SessionCase> Cases { get; init; } = [];

    /// <summary>Member ids invited (members in office on the session day), fixed when the agenda closes.</summary>
    public IReadOnlyList<string> InvitedMemberIds { get; init; } = [];
}
