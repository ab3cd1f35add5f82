using Azure;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// One committee's sessions, agenda entries and waiting list as read from its partition, plus the changes made to it;
/// <see cref="SessionStore.UpdateAsync{T}"/> commits the changes in one transaction fenced by the calendar row's ETag.
/// </summary>
internal sealed class SessionBook(string committeeId, ETag calendarETag, int version)
{
    private readonly Dictionary<string, SessionRecord> sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Session, string Case), AgendaEntry> entries = [];
    private readonly Dictionary<string, WaitingEntry> waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> changedSessions = new(StringComparer.Ordinal);
    private readonly HashSet<(string Session, string Case)> changedEntries = [];
    private readonly HashSet<string> changedWaiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> storedWaiting = new(StringComparer.Ordinal);

    public string CommitteeId { get; } = committeeId;

    public ETag CalendarETag { get; } = calendarETag;

    public int Version { get; } = version;

    public bool HasChanges => changedSessions.Count + changedEntries.Count + changedWaiting.Count > 0;

    public IEnumerable<SessionRecord> Sessions => sessions.Values;

    public IEnumerable<WaitingEntry> Waiting => waiting.Values;

    public SessionRecord? FindSession(string sessionId) => sessions.GetValueOrDefault(sessionId);

    /// <summary>The session's agenda in position order.</summary>
    public IReadOnlyList<AgendaEntry> AgendaOf(string sessionId) =>
        entries.Values.Where(e => e.SessionId == sessionId).OrderBy(e => e.Position).ThenBy(e => e.CaseNumber, StringComparer.Ordinal).ToArray();

    /// <summary>The entry that holds the case now (scheduled or on a closed agenda), if any.</summary>
    public AgendaEntry? ActiveEntryOf(string caseNumber) => entries.Values.FirstOrDefault(e => e.CaseNumber == caseNumber && e.IsActive);

    public AgendaEntry? FindEntry(string sessionId, string caseNumber) => entries.GetValueOrDefault((sessionId, caseNumber));

    public WaitingEntry? FindWaiting(string caseNumber) => waiting.GetValueOrDefault(caseNumber);

    public void Put(SessionRecord session)
    {
        sessions[session.Id] = session;
        changedSessions.Add(session.Id);
    }

    public void Put(AgendaEntry entry)
    {
        entries[(entry.SessionId, entry.CaseNumber)] = entry;
        changedEntries.Add((entry.SessionId, entry.CaseNumber));
    }

    public void Put(WaitingEntry entry)
    {
        waiting[entry.CaseNumber] = entry;
        changedWaiting.Add(entry.CaseNumber);
    }

    public void RemoveWaiting(string caseNumber)
    {
        if (waiting.Remove(caseNumber))
        {
            changedWaiting.Add(caseNumber);
        }
    }

    /// <summary>Puts a case at the end of a session's agenda (state <see cref="SessionCaseState.Scheduled"/>) and off the waiting list.</summary>
    public AgendaEntry Schedule(string sessionId, string caseNumber, bool urgent)
    {
        var position = entries.Values.Where(e => e.SessionId == sessionId && e.IsActive).Select(e => e.Position).DefaultIfEmpty(0).Max() + 1;
        var entry = new AgendaEntry { SessionId = sessionId, CaseNumber = caseNumber, Position = position, State = SessionCaseState.Scheduled, Urgent = urgent };
        Put(entry);
        RemoveWaiting(caseNumber);
        return entry;
    }

    public SessionView View(SessionRecord session) => new()
    {
        Id = session.Id,
        CommitteeId = session.CommitteeId,
        Number = session.Number,
        Kind = session.Kind,
        StartsAt = session.StartsAt,
        Duration = session.Duration,
        Place = session.Place,
        Status = session.Status,
        AgendaClosesAt = session.AgendaClosesAt,
        InvitationsDueAt = session.InvitationsDueAt,
        InvitedMemberIds = session.InvitedMemberIds,
        Cases = AgendaOf(session.Id).Select(e => new SessionCase(e.CaseNumber, e.Position, e.State)).ToArray(),
    };

    internal void Load(SessionRecord session) => sessions[session.Id] = session;

    internal void Load(AgendaEntry entry) => entries[(entry.SessionId, entry.CaseNumber)] = entry;

    internal void Load(WaitingEntry entry)
    {
        waiting[entry.CaseNumber] = entry;
        storedWaiting.Add(entry.CaseNumber);
    }

    internal bool IsWaitingStored(string caseNumber) => storedWaiting.Contains(caseNumber);

    internal IEnumerable<SessionRecord> ChangedSessions => changedSessions.Select(id => sessions[id]);

    internal IEnumerable<AgendaEntry> ChangedEntries => changedEntries.Select(k => entries[k]);

    /// <summary>Changed waiting-list rows: the entry, or null with the case number when it was removed.</summary>
    internal IEnumerable<(string CaseNumber, WaitingEntry? Entry)> ChangedWaiting => changedWaiting.Select(c => (c, waiting.GetValueOrDefault(c)));
}
