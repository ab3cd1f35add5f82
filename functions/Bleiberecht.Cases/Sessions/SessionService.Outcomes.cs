using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Assigning cases, recording outcomes, concluding.</summary>
internal sealed partial class SessionService
{
    /// <inheritdoc />
    public async Task AssignCaseAsync(string sessionId, string caseNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var committee = CommitteeOf(sessionId);
        var moved = await store.UpdateAsync(committee.Id, book =>
        {
            var now = timeProvider.GetUtcNow();
            var session = book.FindSession(sessionId) ?? throw SessionRefusals.SessionNotFound(sessionId);
            if (!session.AgendaOpen(now))
            {
                throw SessionRefusals.AgendaClosed(sessionId);
            }

            if (book.ActiveEntryOf(caseNumber) is { } current && current.SessionId == sessionId)
            {
                return false;
            }

            var (_, urgent) = Available(book, caseNumber, now);
            if (book.ActiveEntryOf(caseNumber) is { } elsewhere)
            {
                book.Put(elsewhere with { State = SessionCaseState.Removed });
            }

            book.Schedule(sessionId, caseNumber, urgent);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (moved)
        {
            await notifier.NotifyAsync(caseNumber, CaseEventKind.SessionScheduled, sessionId, actor, cancellationToken: cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(Entry(sessionId, actor, "session.case-assigned", caseNumber), $"{sessionId}|assigned|{caseNumber}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task RecordAssessmentAsync(string sessionId, string caseNumber, Assessment assessment, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        if (assessment.Recommendation == Recommendation.Deferred)
        {
            throw SessionRefusals.NotAnAssessment();
        }

        await RecordAsync(sessionId, caseNumber, e => e with { State = SessionCaseState.Assessed, Recommendation = assessment.Recommendation }, cancellationToken).ConfigureAwait(false);
        await notifier.NotifyAsync(caseNumber, CaseEventKind.Assessed, sessionId, actor, assessment, cancellationToken: cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(Entry(sessionId, actor, "session.assessment-recorded", $"{caseNumber} {assessment.Recommendation}"), $"{sessionId}|outcome|{caseNumber}", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordDeferralAsync(string sessionId, string caseNumber, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await RecordAsync(sessionId, caseNumber, e => e with { State = SessionCaseState.Deferred, ReturnSent = true }, cancellationToken).ConfigureAwait(false);
        await notifier.NotifyAsync(caseNumber, CaseEventKind.Deferred, sessionId, actor, reason: reason, cancellationToken: cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(Entry(sessionId, actor, "session.deferral-recorded", caseNumber), $"{sessionId}|outcome|{caseNumber}", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ConcludeAsync(string sessionId, SessionConclusion conclusion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        ArgumentNullException.ThrowIfNull(actor);
        var committee = CommitteeOf(sessionId);
        var unknown = conclusion.PresentMemberIds.Where(id => committee.Members.All(m => m.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw SessionRefusals.Invalid("presentMemberIds", $"Unbekannte Mitglieder: {string.Join(", ", unknown)}.", $"Unknown members: {string.Join(", ", unknown)}.");
        }

        var concludedNow = await store.UpdateAsync(committee.Id, book =>
        {
            var session = book.FindSession(sessionId) ?? throw SessionRefusals.SessionNotFound(sessionId);
            switch (session.Status)
            {
                case SessionStatus.Planned:
                    throw SessionRefusals.NotConcludable(sessionId);
                case SessionStatus.Cancelled:
                case SessionStatus.Concluded when session.MinutesDone:
                    throw SessionRefusals.SessionEnded(sessionId, session.Status);
                case SessionStatus.AgendaClosed when conclusion.PresentMemberIds.Except(session.InvitedMemberIds, StringComparer.Ordinal).ToArray() is { Length: > 0 } uninvited:
                    throw SessionRefusals.NotInvited(uninvited);
                case SessionStatus.AgendaClosed:
                    book.Put(session with { Status = SessionStatus.Concluded });
                    return true;
                default:
                    return false;
            }
        }, cancellationToken).ConfigureAwait(false);

        var concluded = new SessionEvent { Kind = SessionEventKind.Concluded, Actor = actor, At = timeProvider.GetUtcNow(), Conclusion = conclusion };
        try
        {
            await workflows.RaiseEventAsync(sessionId, CaseWorkflow.SessionEventName, concluded, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (!concludedNow)
        {
            // Concluded by an earlier call whose event the orchestration has already taken (it takes the first one only).
        }

        await audit.AppendAsync(Entry(sessionId, actor, "session.concluded"), $"{sessionId}|concluded", cancellationToken).ConfigureAwait(false);
    }

    private Task RecordAsync(string sessionId, string caseNumber, Func<AgendaEntry, AgendaEntry> record, CancellationToken cancellationToken) =>
        store.UpdateAsync(CommitteeOf(sessionId).Id, book =>
        {
            var session = book.FindSession(sessionId) ?? throw SessionRefusals.SessionNotFound(sessionId);
            var entry = book.FindEntry(sessionId, caseNumber);
            if (session.Status is SessionStatus.Concluded or SessionStatus.Cancelled)
            {
                throw SessionRefusals.SessionEnded(sessionId, session.Status);
            }

            if (entry is null or { State: SessionCaseState.Removed })
            {
                throw SessionRefusals.CaseNotOnAgenda(sessionId, caseNumber);
            }

            if (session.Status == SessionStatus.Planned)
            {
                throw SessionRefusals.AgendaStillOpen(sessionId);
            }

            var recorded = record(entry);
            if (entry.State is SessionCaseState.Assessed or SessionCaseState.Deferred)
            {
                // The same outcome again (a retry after the case could not be told) tells the case again; another one is refused.
                return entry with { AgendaClosedSent = recorded.AgendaClosedSent, ReturnSent = recorded.ReturnSent } == recorded
                    ? false
                    : throw SessionRefusals.AlreadyRecorded(sessionId, caseNumber, entry.State);
            }

            book.Put(recorded);
            return true;
        }, cancellationToken);
}
