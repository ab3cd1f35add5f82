using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Sessions;

/// <summary>A session row of the <c>sessions</c> table (no personal data).</summary>
internal sealed record SessionRecord
{
    public required string Id { get; init; }

    public required string CommitteeId { get; init; }

    public required int Year { get; init; }

    public required int Number { get; init; }

    public required SessionKind Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required TimeSpan Duration { get; init; }

    public required string Place { get; init; }

    public required SessionStatus Status { get; init; }

    public required DateTimeOffset PlannedAt { get; init; }

    public required DateTimeOffset AgendaClosesAt { get; init; }

    public required DateTimeOffset InvitationsDueAt { get; init; }

    public IReadOnlyList<string> InvitedMemberIds { get; init; } = [];

    /// <summary>True once the minutes are stored and mailed (a repeated conclusion then only re-sends the event).</summary>
    public bool MinutesDone { get; init; }

    public PlannedSession ToPlanned() => new(Id, Kind, StartsAt, Status == SessionStatus.Cancelled, PlannedAt);

    public bool AgendaOpen(DateTimeOffset now) => Status == SessionStatus.Planned && AgendaClosesAt > now;
}
