using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The refusals of <see cref="CaseService"/>, in German and English.</summary>
internal static class CaseActionErrors
{
    public static CaseActionException NotFound(string caseNumber) => new(
        "case-not-found",
        $"Der Vorgang {caseNumber} ist nicht bekannt.",
        $"Case {caseNumber} is unknown.");

    public static CaseActionException Closed(string caseNumber) => new(
        "case-closed",
        $"Der Vorgang {caseNumber} ist bereits abgeschlossen.",
        $"Case {caseNumber} is already closed.");

    public static CaseActionException NotRunning(string caseNumber) => new(
        "case-not-running",
        $"Der Vorgang {caseNumber} wird gerade nicht bearbeitet; bitte wenden Sie sich an die Geschäftsstelle.",
        $"Case {caseNumber} is not being processed; please contact the secretariat.");
}
