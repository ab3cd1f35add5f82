using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Sessions;

/// <summary>The session actions the rules refuse, with German and English texts.</summary>
internal static class SessionRefusals
{
    public static SessionPlanningException SessionNotFound(string sessionId) => new(new(
        "session-not-found", "sessionId", $"Die Sitzung {sessionId} ist nicht bekannt.", $"Session {sessionId} is not known."));

    public static SessionPlanningException CaseNotOnAgenda(string sessionId, string caseNumber) => new(new(
        "case-not-on-agenda",
        "caseNumber",
        $"Der Fall {caseNumber} steht nicht auf der Tagesordnung der Sitzung {sessionId}.",
        $"Case {caseNumber} is not on the agenda of session {sessionId}."));

    public static SessionPlanningException AgendaStillOpen(string sessionId) => new(new(
        "agenda-open",
        "sessionId",
        $"Die Tagesordnung der Sitzung {sessionId} ist noch nicht geschlossen; Ergebnisse können erst danach erfasst werden.",
        $"The agenda of session {sessionId} has not closed yet; outcomes can be recorded only afterwards."));

    public static SessionPlanningException SessionEnded(string sessionId, SessionStatus status) => new(new(
        "session-ended",
        "sessionId",
        status == SessionStatus.Cancelled
            ? $"Die Sitzung {sessionId} wurde abgesagt."
            : $"Die Sitzung {sessionId} ist bereits abgeschlossen; Ergebnisse können nicht mehr erfasst werden.",
        status == SessionStatus.Cancelled
            ? $"Session {sessionId} was cancelled."
            : $"Session {sessionId} is already concluded; outcomes can no longer be recorded."));

    public static SessionPlanningException AlreadyRecorded(string sessionId, string caseNumber, SessionCaseState state) => new(new(
        "outcome-already-recorded",
        "caseNumber",
        $"Für den Fall {caseNumber} ist in der Sitzung {sessionId} bereits ein Ergebnis erfasst ({(state == SessionCaseState.Assessed ? "Einschätzung" : "Zurückstellung")}).",
        $"An outcome ({state}) is already recorded for case {caseNumber} in session {sessionId}."));

    public static SessionPlanningException NotAnAssessment() => new(new(
        "not-an-assessment",
        "recommendation",
        "„Zurückgestellt“ ist keine Einschätzung; bitte eine Zurückstellung erfassen.",
        "\"Deferred\" is not an assessment; record a deferral instead."));

    public static SessionPlanningException AgendaClosed(string sessionId) => new(new(
        "agenda-closed",
        "sessionId",
        $"Die Tagesordnung der Sitzung {sessionId} ist geschlossen; Fälle können nicht mehr aufgenommen werden.",
        $"The agenda of session {sessionId} is closed; no more cases can be added."));

    public static SessionPlanningException CaseNotAvailable(string caseNumber) => new(new(
        "case-not-available",
        "caseNumbers",
        $"Der Fall {caseNumber} wartet nicht auf eine Sitzung und steht auf keiner offenen Tagesordnung.",
        $"Case {caseNumber} is neither waiting for a session nor on an open agenda."));

    public static SessionPlanningException NotConcludable(string sessionId) => new(new(
        "not-concludable",
        "sessionId",
        $"Die Sitzung {sessionId} kann erst abgeschlossen werden, wenn ihre Tagesordnung geschlossen ist.",
        $"Session {sessionId} can be concluded only after its agenda has closed."));

    public static SessionPlanningException NotInvited(IReadOnlyList<string> memberIds) => new(new(
        "member-not-invited",
        "presentMemberIds",
        $"Nicht zu dieser Sitzung eingeladen (Amtszeit deckt den Sitzungstag nicht; eine Vertretung ist nicht vorgesehen): {string.Join(", ", memberIds)}.",
        $"Not invited to this session (term does not cover the session day; there are no deputies): {string.Join(", ", memberIds)}."));

    public static SessionPlanningException Invalid(string field, string messageDe, string messageEn) => new(new("invalid-plan", field, messageDe, messageEn));

    public static SessionPlanningException From(PlanningRefusal refusal) => new(refusal);
}
